class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("extra")
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Base(metaclass=Meta, extra=5):
    def __init__(self, v):
        self.v = v
class Child(Base):
    pass
c = Child(3)
print(c.v, Child.created_by, Child.extra, Base.extra, type(Child).__name__, Child)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, x):
        self.x = x
print(Conf(1) is Conf(2), Conf(3).x)
Dyn = type("Dyn", (object,), {"hello": lambda self: "hi", "n": 1})
print(Dyn().hello(), Dyn.n, Dyn.__name__, type(Dyn) is type)
print(isinstance(Child, Meta), issubclass(Meta, type))
