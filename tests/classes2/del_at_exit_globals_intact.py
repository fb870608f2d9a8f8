import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, "sees x =", x, "and sys:", sys.__name__)
        sys.stdout.flush()
x = 1
_private = D("_private")
obj = D("obj")
y = 2
print("end")
