print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print([1, 2] == [1, 2], [1] != [1], {1: 2} == {1: 2}, {1: 2} == {1: 3})
print(None == None, None is None, None is not None, x is not None)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", 2 in {2: 3})
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(5))
print(True == 1, 0.0 == 0, 2 ** 70 == 2.0 ** 70, 2 ** 70 > 1e10)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", [] == (), None == 0)
