raise SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n", 3, 6))
