raise KeyError(("a", 1))
