readings = ["1.5", "2.0", "n/a"]
total = sum(float(r) for r in readings)
