raise ModuleNotFoundError("No module named 'zzz'")
