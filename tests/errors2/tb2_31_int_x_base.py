int("x", base=40)
