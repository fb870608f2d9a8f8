print(1 if True)
