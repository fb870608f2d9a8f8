a = [1, 2, 3]
try:
    a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + (4,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.nosuch()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
