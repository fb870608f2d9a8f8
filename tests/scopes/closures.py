def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late()])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def cell_after():
    def f():
        return v
    v = 42
    return f()
print(cell_after())
def modify():
    lst = []
    def add(x):
        lst.append(x)
    add(1); add(2)
    return lst
print(modify())
print(make_counter().__closure__[0].cell_contents if make_counter().__closure__ else None)
def shadow():
    x = 1
    def g():
        x = 2
        return x
    return g(), x
print(shadow())
