n = 0
def run(name, fn):
    global n
    n = 0
    try:
        fn()
    except RecursionError as e:
        print(name, n, str(e))
class I:
    def __int__(self):
        global n; n += 1; return int(self)
run("int", lambda: int(I()))
class F:
    def __float__(self):
        global n; n += 1; return float(self)
run("float", lambda: float(F()))
class B:
    def __bool__(self):
        global n; n += 1; return bool(self)
run("bool", lambda: bool(B()))
class L:
    def __iter__(self):
        global n; n += 1; return iter(list(self))
run("list", lambda: list(L()))
class T:
    def __iter__(self):
        global n; n += 1; return iter(tuple(self))
run("tuple", lambda: tuple(T()))
class S:
    def __iter__(self):
        global n; n += 1; return iter(set(self))
run("set", lambda: set(S()))
class BY:
    def __bytes__(self):
        global n; n += 1; return bytes(self)
run("bytes", lambda: bytes(BY()))
class C:
    def __complex__(self):
        global n; n += 1; return complex(self)
run("complex", lambda: complex(C()))
class ST:
    def __str__(self):
        global n; n += 1; return str(self)
run("str", lambda: str(ST()))
class ST2:
    def __str__(self):
        global n; n += 1; return str(object=self)
run("str2", lambda: str(ST2()))
class D:
    def keys(self):
        global n; n += 1; return dict(self)
run("dict", lambda: dict(D()))
class E:
    def __iter__(self):
        global n; n += 1; return iter(enumerate(self))
run("enumerate", lambda: list(E()))
class FR:
    def __iter__(self):
        global n; n += 1; return iter(frozenset(self))
run("frozenset", lambda: frozenset(FR()))
class RV:
    def __reversed__(self):
        global n; n += 1; return reversed(self)
run("reversed", lambda: reversed(RV()))
class TY:
    def __repr__(self):
        global n; n += 1; return type(self).__repr__(self)
run("type1", lambda: repr(TY()))
class SL:
    def __index__(self):
        global n; n += 1; return range(self)
run("range", lambda: range(SL()))
