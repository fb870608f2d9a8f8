class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(str(a).startswith("<__main__.Plain object at "), repr(b)[:17])
print(hash(a) == hash(a), bool(a))
print(Plain.__name__, Plain.__module__, type(Plain).__name__)
print(isinstance(a, object), issubclass(Plain, object))
class WithInit:
    def __init__(self):
        self.val = "set"
print(WithInit().val)
class NoneReturn:
    def __init__(self):
        return None
print(type(NoneReturn()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
