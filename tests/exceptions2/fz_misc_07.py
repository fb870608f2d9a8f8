class E(Exception):
    def __init__(self):
        pass
try:
    raise E
except E as e:
    print(repr(e), e.args, str(e))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E(1, 2)
except E as e:
    print(repr(e), e.args, str(e), e.b)
import copy
e = ValueError("x")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, e.__cause__)
e.__context__ = e
print("self context ok")
