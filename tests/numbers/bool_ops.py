print(True and 5, 0 and 5, None or "x", "" or 0, 3 or 4, not 0, not [1])
print(True == 1, False == 0, True is True, bool("False"), bool([]), bool({}), bool(()), bool(set()))
print(str(True), repr(False), int(True), float(False), True + 0.5)
print([x for x in [0, 1, "", "a", None, [], [0]] if x])
print(sum([True, True, False]), max(True, 2), sorted([True, False, 2, -1]))
print(True.__and__(False), (True).__or__(1), type(True.__or__(1)), bool.__name__)
print(f"{True:>6}|{False!r:^7}|{True:d}")
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
class C:
    def __bool__(self):
        return False
class D:
    def __len__(self):
        return 0
print(bool(C()), bool(D()), not C(), "yes" if D() else "no")
