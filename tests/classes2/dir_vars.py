class A:
    x = 1
    def f(self):
        pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith("__")])
print(vars(a), sorted(vars(A).keys() - {"__dict__", "__weakref__", "__doc__", "__module__"}))
print("__init__" in dir(A), "append" in dir([]), "upper" in dir(""))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
import sys
def f():
    local_a = 1
    local_b = 2
    return sorted(locals())
print(f())
try:
    vars(5)
except TypeError as e:
    print(e)
