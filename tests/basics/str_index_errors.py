s = "abc"
try:
    s[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
