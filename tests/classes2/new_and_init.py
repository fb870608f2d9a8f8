class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
p = Pos(5)
print(p, p + 1, type(p).__name__, type(p + 1).__name__, isinstance(p, int))
try:
    Pos(-1)
except ValueError as e:
    print(e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hey")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, repr(u))
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print("init", key)
        self.key = key
a = Cached("a"); b = Cached("a")
print(a is b)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotSelf())
class MyList(list):
    def append(self, x):
        super().append(x * 2)
m = MyList([1])
m.append(5)
print(m, len(m), m + [0], type(m + [0]).__name__)
class D(dict):
    def __missing__(self, k):
        return f"missing:{k}"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"))
