class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
class OnlyStr:
    def __str__(self):
        return "only str"
b = Both()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], (OnlyRepr(),), {"k": OnlyRepr()})
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "xyz"), "{:abc}".format(Fmt()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
print(repr(type(b)), str(Both), Both.__name__, Both.__module__, repr(int), repr(print), repr(len))
