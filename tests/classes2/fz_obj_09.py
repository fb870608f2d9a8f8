class A:
    @property
    def ro(self): return 1
try:
    A().ro = 2
except AttributeError as e: print(e)
class B:
    __slots__ = ()
    @property
    def ro(self): return 1
try:
    del B().ro
except AttributeError as e: print(e)
