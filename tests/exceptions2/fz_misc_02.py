import builtins
orig = builtins.print
def myprint(*a, **k):
    orig("[wrapped]", *a, **k)
builtins.print = myprint
print("hello")
builtins.print = orig
print("restored")
len = lambda x: 42
print(len([1]))
del len
print(len([1]))
import builtins
del builtins.abs
try:
    abs(1)
except NameError as e: print(e)
