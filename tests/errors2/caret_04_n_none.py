n = None
x = (n).attr
