x = (lambda: 1)() + "a"
