class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (C, D)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(bool, int))
print(type(C()) is B, type(C()) == C)
class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, isinstance(m, int), type(m).__name__, m == 5)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))
