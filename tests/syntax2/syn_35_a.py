a = 5
if a = 5:
    pass
