print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(None))
print(type(range(1)), type(True), type(len), type(type))
print(type(1).__name__, type(print).__name__)
print(isinstance(1, int), isinstance(1, float), isinstance("a", str))
print(isinstance(1, (str, int)), isinstance([], (tuple, dict)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(type(1) is int, type(1) == int, type(True) is bool)
print(len("abc"), len([1, 2]), len({1: 2}), len(()), len(range(7)))
print(repr(None), repr(True), repr([1, 'a']), repr({'k': (1,)}))
print(str(), int(), float(), list(), tuple(), dict(), bool())
print(int, float, str, list, dict)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
