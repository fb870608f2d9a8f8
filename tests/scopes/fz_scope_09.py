class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__)
        return True
def f():
    with CM():
        1 / 0
    return "after with"
print(f())
lst = [1, 2, 3]
for i, lst[0] in enumerate("ab"):
    pass
print(lst)
a = b = []
a.append(1)
a += [2]
a = a + [3]
print(a, b)
x = [1, 2]
x[0], x[1] = x[1], x[0]
i = 0
i, x[i] = 1, 9
print(x, i)
