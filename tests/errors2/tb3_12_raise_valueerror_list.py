raise ValueError(["list", "arg"])
