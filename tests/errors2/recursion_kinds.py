import sys
n = 0
def run(name, fn):
    global n
    n = 0
    try:
        fn()
    except RecursionError as e:
        print(name, n, str(e))
def py():
    global n; n += 1; py()
run("py", py)
class R:
    def __repr__(self):
        global n; n += 1; return repr(self)
run("repr", lambda: repr(R()))
class S:
    def __str__(self):
        global n; n += 1; return str(self)
run("str", lambda: str(S()))
class L:
    def __len__(self):
        global n; n += 1; return len(self)
run("len", lambda: len(L()))
class G:
    def __getattr__(self, k):
        global n; n += 1; return getattr(self, k)
run("getattr", lambda: G().x)
class G2:
    def __getattr__(self, k):
        global n; n += 1; return self.y
run("getattr2", lambda: G2().x)
class H:
    def __hash__(self):
        global n; n += 1; return hash(self)
run("hash", lambda: hash(H()))
class C:
    def __call__(self):
        global n; n += 1; return self()
run("call", lambda: C()())
class E:
    def __eq__(self, o):
        global n; n += 1; return self == o
run("eq", lambda: E() == 1)
class A:
    def __add__(self, o):
        global n; n += 1; return self + o
run("add", lambda: A() + 1)
class I:
    def __iter__(self):
        global n; n += 1; return iter(self)
run("iter", lambda: iter(I()))
def m(x):
    global n; n += 1; return list(map(m, [x]))
run("map", lambda: m(1))
def s(x):
    global n; n += 1; return sorted([1, 2], key=s)
run("sorted", lambda: s(1))
class F:
    def __format__(self, spec):
        global n; n += 1; return format(self, spec)
run("format", lambda: format(F(), ""))
class FS:
    def __format__(self, spec):
        global n; n += 1; return f"{self}"
run("fstring", lambda: f"{FS()}")
class P:
    @property
    def p(self):
        global n; n += 1; return self.p
run("property", lambda: P().p)
class GI:
    def __getitem__(self, k):
        global n; n += 1; return self[k]
run("getitem", lambda: GI()[0])
class B:
    def __bool__(self):
        global n; n += 1; return bool(self)
run("bool", lambda: bool(B()))
class N:
    def __init__(self):
        global n; n += 1; N()
run("init", lambda: N())
def ex(x):
    global n; n += 1; return exec("ex(1)")
run("exec", lambda: ex(1))
class SW:
    def __repr__(self):
        global n; n += 1; return object.__repr__(self) + SW.__repr__(self)
run("unbound", lambda: repr(SW()))
class LA:
    def __lt__(self, o):
        global n; n += 1; return max(self, o)
run("max", lambda: LA() < 1)
class ST:
    def __setattr__(self, k, v):
        global n; n += 1; setattr(self, k, v)
run("setattr", lambda: ST().__setattr__("a", 1))
class CT:
    def __contains__(self, k):
        global n; n += 1; return k in self
run("contains", lambda: 1 in CT())
def gen():
    global n; n += 1; yield from gen()
run("gen", lambda: list(gen()))
class MD:
    def __repr__(self):
        global n; n += 1; return self.__repr__()
run("method", lambda: repr(MD()))
