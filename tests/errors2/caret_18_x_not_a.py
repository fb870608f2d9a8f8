x = (not 1) + "a"
