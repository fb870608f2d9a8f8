[].index(0)
