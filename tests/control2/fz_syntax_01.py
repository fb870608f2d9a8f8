match -1+2j:
    case -1+2j:
        print("complex literal")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match b"x":
    case str() | bytes():
        print("str or bytes")
match (1, 2):
    case (1, _) as whole:
        print("whole", whole)
match 5:
    case int(x) if x > 3:
        print("guard", x)
import sys
match sys.version_info:
    case (3, minor, *_):
        print("py3", minor >= 0)
def f(a, /, b, *, c): return a, b, c
print(f(1, 2, c=3), (lambda a, /, b: a + b)(1, b=2))
x = [y := 10, y + 1]
print(x, y)
print([(z := i) for i in range(3)], z)
