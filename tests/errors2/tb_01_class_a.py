class A:
    items = [1, 2, 0]
    inv = [1 / i for i in items]
