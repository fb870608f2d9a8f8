raise SyntaxError("m", ("f.py", None, 1, "x", None, None))
