items = [(1, 2), (3,)]
for a, b in items:
    pass
