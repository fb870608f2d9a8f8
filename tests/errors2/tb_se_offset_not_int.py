raise SyntaxError("m", ("f.py", 2, "y", "ab", None, None))
