data = [1, 2]
total = 0
total += data
