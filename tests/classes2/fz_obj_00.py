class A: pass
try:
    format(A(), "x")
except TypeError as e: print(e)
print(format(A(), "").startswith("<__main__.A"), f"{A()!s:.3}")
class A:
    def __init__(self):
        return 5
try:
    A()
except TypeError as e: print(e)
class A:
    pass
try:
    A(1, 2)
except TypeError as e: print(e)
try:
    A(x=1)
except TypeError as e: print(e)
class B:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(B(1, 2)).__name__)
class C:
    def __new__(cls, x):
        return object.__new__(cls, x)
try:
    C(1)
except TypeError as e: print(e)
