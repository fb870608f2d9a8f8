class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"), A.__slots__, B.__slots__)
try:
    class C(A):
        __slots__ = ("a", "__dict__")
    c = C(); c.x = 1; print(c.x)
except TypeError as e: print(e)
import sys
mod = sys.modules[__name__]
def __getattr__(name):
    return f"module getattr {name}"
print(mod.anything)
class Meta(type):
    def __getattr__(cls, name):
        return f"meta {name}"
class A(metaclass=Meta):
    x = 1
print(A.x, A.missing)
