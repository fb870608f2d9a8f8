import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a, r)  if False else print(r() is a)
del a
print(r())
d = weakref.WeakValueDictionary()
b = A()
d["k"] = b
print(list(d.keys()))
del b
print(list(d.keys()))
s = weakref.WeakSet()
c = A()
s.add(c)
print(len(s))
del c
print(len(s))
def cb(ref):
    print("callback called")
e = A()
r2 = weakref.ref(e, cb)
del e
print("end")
