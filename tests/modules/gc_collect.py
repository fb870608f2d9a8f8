# gc: cycles of instances (with __del__) and of classes are collected; finalizers run once.
import gc
gc.collect()
class A:
    def __del__(self):
        print("del A")
for i in range(3):
    C = type("C", (object,), {"x": i})
    c = C()
    del C, c
a = A(); b = A(); a.other = b; b.other = a
del a, b
print("collected", gc.collect() >= 2)
class Meta(type): pass
class K(metaclass=Meta): pass
del K
print("collected", gc.collect() > 0)
print(gc.isenabled(), gc.get_threshold())
saved = []
class Phoenix:
    def __del__(self):
        print("del Phoenix")
        saved.append(self)
p = Phoenix(); p.me = p
del p
gc.collect()
print("resurrected", len(saved), type(saved[0]).__name__)
saved.clear()
print("again", gc.collect() >= 1)
