class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D("a")
lst = [D("l1"), D("l2"), D("l3")]
b = D("b")
t = (D("t1"), D("t2"))
dd = {"x": D("d1"), "y": D("d2")}
c = D("c")
nested = [[D("n1")], D("n2")]
print("end")
