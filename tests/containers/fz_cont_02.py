d = {"a": 1}
print(d.get("a", 2), d.setdefault("b"), d, d.pop("b", None), d.update() or d, d.copy() == d, d.copy() is d)
try:
    dict([1, 2])
except TypeError as e: print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e: print(e)
try:
    {}.update(1)
except TypeError as e: print(e)
try:
    dict(1)
except TypeError as e: print(e)
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values(), list({1: 2}.values()) == [2])
print(repr({}.keys()), repr({1: "a"}.items()), str({"x": [1]}.values()), {1: 2}.keys() | [3], {1: 2}.items() & {(1, 2)})
