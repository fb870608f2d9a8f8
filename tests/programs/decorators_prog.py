call_log = []
def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append(f"{fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@logged
def add(a, b):
    return a + b
@repeat(3)
def hello(name):
    return "hi " + name
@validate(int, str)
def label(n, s):
    return f"{s}#{n}"
print(add(1, 2), add("a", "b"), hello("bo"), label(3, "x"))
try:
    label("3", "x")
except TypeError as e:
    print(e)
print(call_log, add.__name__)
class Registry:
    handlers = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls.handlers[name] = fn
            return fn
        return deco
@Registry.register("up")
def up(s):
    return s.upper()
@Registry.register("rev")
def rev(s):
    return s[::-1]
for k in sorted(Registry.handlers):
    print(k, Registry.handlers[k]("pvm"))
def counted(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Thing:
    def __init__(self, v):
        self.v = v
things = [Thing(i) for i in range(4)]
print(Thing.instances, things[-1].v)
