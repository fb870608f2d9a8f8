class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__)
class Doc:
    "A documented class."
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
print(Empty.__bases__, Empty.__mro__, object.__bases__)
bm = Doc().m
print(type(bm).__name__, bm.__func__ is Doc.m, bm.__self__.__class__.__name__)
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(WithEq(1) != WithEq(1), WithEq(1) != WithEq(2), WithEq.__hash__ is None)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Cmp(2) > Cmp(1), Cmp(1) > Cmp(2))
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)), issubclass(bool, (str, int)))
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
class Sub(Empty): pass
print(Sub.__base__ is Empty, Empty.__subclasses__())
