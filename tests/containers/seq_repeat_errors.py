cases = [lambda: 'a' * [1], lambda: [1] * 'a', lambda: (1,) * [2], lambda: [2] * (1,), lambda: 'a' * 'b',
         lambda: [1] * 1.5, lambda: 1.5 * 'x', lambda: b'x' * 'y', lambda: 'y' * b'x', lambda: [0] * None, lambda: None * [0],
         lambda: range(3) * 2]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(e)
