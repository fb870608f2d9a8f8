n = None
x = (n)()
