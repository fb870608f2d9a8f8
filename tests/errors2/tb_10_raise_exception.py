raise Exception(1, 2)
