for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), 2 ** 100]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 0
while not x:
    x = 1
    print("loop once")
print(1 if [] else 2, 1 if [[]] else 2)
