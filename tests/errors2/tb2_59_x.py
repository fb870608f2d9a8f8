x = [1, 2, 3]
x.sort(key=lambda v: v.lower())
