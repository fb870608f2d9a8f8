raise IndentationError("m", (None, 3, None, None, None, None))
