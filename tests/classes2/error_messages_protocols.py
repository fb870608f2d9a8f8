tests = [lambda: len(object()), lambda: object()[0], lambda: -object(), lambda: ~1.5,
         lambda: hash([]), lambda: [] < (), lambda: None < None, lambda: 1 + None, lambda: [1] * 1.5, lambda: "a" - "b",
         lambda: divmod("a", 1), lambda: pow(2, 3, 1.5), lambda: iter(object()), lambda: next(object()), lambda: object()()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
o = object()
try:
    o[0] = 1
except TypeError as e:
    print(e)
try:
    del o[0]
except TypeError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
