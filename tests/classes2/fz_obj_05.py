class A:
    x = 1
a = A()
print(a.__dict__, A.__dict__["x"], type(a).__dict__["x"])
a.__dict__["y"] = 2
print(a.y, vars(a))
a.__dict__ = {"z": 3}
print(a.z, hasattr(a, "y"))
class A:
    def __getitem__(self, k):
        return k
a = A()
print(a[1], a[1:2], a[1:2, 3], a[...], a[:, ::2], a["x"], a[()])
class A:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
a = A()
a[1:2] = 5
a[::2] = [1]
del a[0, 1]
a[1] += 1 if False else 0
