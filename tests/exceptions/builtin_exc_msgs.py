one = 1
half = 0.5
cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('[][0]', lambda: [][0]),
    ('()[1]', lambda: ()[1]),
    ("'abc'[9]", lambda: 'abc'[9]),
    ("{}['k']", lambda: {}['k']),
    ('{}[1]', lambda: {}[1]),
    ("int('3.5')", lambda: int('3.5')),
    ("float('x')", lambda: float('x')),
    ('undefined', lambda: undefined),
    ('None.attr', lambda: None.attr),
    ('(1).attr', lambda: (1).attr),
    ("'s'.attr", lambda: 's'.attr),
    ('[].attr', lambda: [].attr),
    ("1 + 'a'", lambda: 1 + 'a'),
    ("'a' + 1", lambda: 'a' + 1),
    ('[] + ()', lambda: [] + ()),
    ("1 < 'a'", lambda: 1 < 'a'),
    ('len(1)', lambda: len(1)),
    ("abs('x')", lambda: abs('x')),
    ('[1, 2].index(3)', lambda: [1, 2].index(3)),
    ("'a'.index('b')", lambda: 'a'.index('b')),
    ('int([])', lambda: int([])),
    ("'%d' % 'x'", lambda: '%d' % 'x'),
    ('(1, 2)[0:1][5]', lambda: (1, 2)[0:1][5]),
    ('hash([])', lambda: hash([])),
    ('{[]: 1}', lambda: {[]: 1}),
    ('iter(5)', lambda: iter(5)),
    ('next(iter([]))', lambda: next(iter([]))),
    ('one()', lambda: one()),
    ('chr(-1)', lambda: chr(-1)),
    ('[1][half]', lambda: [1][half]),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ("'x' * -1 + 5", lambda: 'x' * -1 + 5),
    ('list(5)', lambda: list(5)),
    ('dict(5)', lambda: dict(5)),
    ('tuple(1)', lambda: tuple(1)),
]
for src, fn in cases:
    try:
        fn()
        print(src, "-> no error")
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
