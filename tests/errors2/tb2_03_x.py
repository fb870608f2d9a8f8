x = 5
y = "a"
if 1 < x < y:
    pass
