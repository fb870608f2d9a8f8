class A:
    cls_attr = [1]
    def __init__(self):
        self.inst = 2
a1, a2 = A(), A()
a1.cls_attr.append(2)
print(a2.cls_attr, A.cls_attr)
a1.cls_attr = "shadowed"
print(a1.cls_attr, a2.cls_attr, A.cls_attr)
del a1.cls_attr
print(a1.cls_attr)
print(sorted(a1.__dict__), "cls_attr" in A.__dict__, getattr(a1, "inst"), getattr(a1, "nope", "default"))
setattr(a1, "dyn", 5)
print(a1.dyn, hasattr(a1, "dyn"), hasattr(a1, "zzz"))
delattr(a1, "dyn")
print(hasattr(a1, "dyn"))
class G:
    def __getattr__(self, name):
        return f"generated:{name}"
g = G()
g.real = 1
print(g.real, g.anything, getattr(g, "x"))
class S:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
s = S()
s.a = "hello"
s.b = 3
print(s.a, s.b, vars(s))
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback"
print(GA().secret, GA().other)
A.new_method = lambda self: "patched"
print(a2.new_method())
print(type(a2).__name__, a2.__class__ is A, A.__dict__["__init__"].__name__)
