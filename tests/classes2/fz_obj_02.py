class S(str):
    def __str__(self): return "S-str"
s = S("abc")
print(s, repr(s), f"{s}", "%s" % s, str(s), s.upper(), s + "d", type(s + "d").__name__, "{}".format(s), [s])
class F(float):
    pass
print(F(1.5), repr(F(2)), F(1) + 1, type(F(1) + 1).__name__, F("3.5"), isinstance(F(1), float), round(F(2.5)))
class A:
    def __eq__(self, o): return NotImplemented
a, b = A(), A()
print(a == b, a == a, a != b, a != a, a in [b], a in [a])
