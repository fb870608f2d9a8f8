raise ValueError({"k": 1})
