print(any(x for x in []), all(x for x in []), any([None, 0, 1]), all([1, "", 1]), list(filter(None, [0, None, 2, ""])))
