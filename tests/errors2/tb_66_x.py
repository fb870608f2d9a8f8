x = 5
len(x)
