try:
    len(object())
except TypeError as e: print(e)
try:
    object()[0]
except TypeError as e: print(e)
try:
    object()[0] = 1
except TypeError as e: print(e)
try:
    del object()[0]
except TypeError as e: print(e)
try:
    iter(object())
except TypeError as e: print(e)
try:
    next(object())
except TypeError as e: print(e)
try:
    object()()
except TypeError as e: print(e)
try:
    -object()
except TypeError as e: print(e)
try:
    ~1.5
except TypeError as e: print(e)
try:
    hash([])
except TypeError as e: print(e)
try:
    hash({})
except TypeError as e: print(e)
try:
    [] < ()
except TypeError as e: print(e)
try:
    None < None
except TypeError as e: print(e)
try:
    1 < "a"
except TypeError as e: print(e)
try:
    {} < {}
except TypeError as e: print(e)
try:
    1 + None
except TypeError as e: print(e)
try:
    None + 1
except TypeError as e: print(e)
try:
    [1] * 1.5
except TypeError as e: print(e)
try:
    "a" - "b"
except TypeError as e: print(e)
try:
    2 ** "x"
except TypeError as e: print(e)
try:
    divmod("a", 1)
except TypeError as e: print(e)
try:
    pow(2, 3, 1.5)
except TypeError as e: print(e)
class A:
    pass
a = A()
try:
    a < a
except TypeError as e: print(e)
try:
    a + 1
except TypeError as e: print(e)
try:
    1 - a
except TypeError as e: print(e)
try:
    a += 1
except TypeError as e: print(e)
try:
    a @ a
except TypeError as e: print(e)
try:
    len(a)
except TypeError as e: print(e)
try:
    a[0]
except TypeError as e: print(e)
try:
    for _ in a: pass
except TypeError as e: print(e)
try:
    a()
except TypeError as e: print(e)
try:
    abs(a)
except TypeError as e: print(e)
try:
    int(a)
except TypeError as e: print(e)
try:
    float(a)
except TypeError as e: print(e)
