ﬁle = 1
print(file)
class A:
    def __getitem__(self, k): return k
b = (1, 2)
print(A()[*b], A()[1, *b])
def f(*args): return args
t = (1, 2)
print(f(*t, *t), [*t, *t])
with (open("/dev/null") if False else __import__("contextlib").nullcontext() as a,
      __import__("contextlib").nullcontext(2) as b):
    print(a, b)
