x = "global"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().method(), A.z, A.w)
class B:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(vals)
print(B.doubled, B.total)
class C:
    n = 3
    try:
        sq = [n * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(C.err)
def factory(v):
    class Inner:
        val = v
        def get(self):
            return v
    return Inner
print(factory(5).val, factory(6)().get())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_init = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.count_at_init, b.count_at_init, a.count)
class D:
    __private = 1
    def get(self):
        return self.__private
print(D().get(), D._D__private, hasattr(D, "__private"))
print(A.__qualname__, A.method.__qualname__, factory(1).__qualname__, factory(1).get.__qualname__)
