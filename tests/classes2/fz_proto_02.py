class N:
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 2.5
print(int(N()), float(N()), [0, 1, 2, 3][N()], hex(N()), range(N()), "ab" * N(), round(2.5), complex(N()) if False else 0)
class C:
    def __len__(self): return -1
try:
    len(C())
except ValueError as e: print(e)
class D:
    def __len__(self): return "x"
try:
    len(D())
except TypeError as e: print(e)
class E:
    def __bool__(self): return 1
try:
    bool(E())
except TypeError as e: print(e)
class F:
    def __len__(self): return 2**70
try:
    len(F())
except OverflowError as e: print(e)
