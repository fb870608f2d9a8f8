raise IndentationError("bad indent")
