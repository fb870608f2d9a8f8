x = {"a": 1}["a"] + (None)
