class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + o)
    def __repr__(self): return f"A({self.v})"
a = A(1)
b = a
a += 5
print(a, b, a is b)
class A:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "add fallback"
a = A()
a += 1
print(a)
class A:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in A(), 5 in A())
