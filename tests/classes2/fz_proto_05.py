class H:
    def __hash__(self): return 2**70
    def __eq__(self, o): return True
print(hash(H()), {H(): 1}[H()])
class H2:
    def __hash__(self): return -1
print(hash(H2()))
class H3:
    def __hash__(self): return "x"
try:
    hash(H3())
except TypeError as e: print(e)
class C:
    x = 1
    def __getattr__(self, n):
        raise AttributeError(f"custom {n}")
try:
    C().y
except AttributeError as e: print(e)
print(getattr(C(), "y", "dflt"), hasattr(C(), "y"), C().x)
class C:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, n):
        return "getattr:" + n
print(C().p)
