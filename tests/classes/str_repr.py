class V:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __repr__(self):
        return "V(" + repr(self.a) + ", " + repr(self.b) + ")"
class W(V):
    def __str__(self):
        return "<" + str(self.a) + "|" + str(self.b) + ">"
v = V(1, "x")
w = W(2, "y")
print(v, repr(v), str(v))
print(w, repr(w), str(w))
print([v, w], (w,), {"k": w})
print(f"{v} {w} {w!r}")
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), str(OnlyStr()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
