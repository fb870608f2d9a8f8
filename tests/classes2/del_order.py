class Tracker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = Tracker(1)
x = Tracker(2)
y = Tracker(3)
del y
items = [Tracker(i) for i in range(4, 7)]
items.pop()
items.clear()
d = {"k": Tracker(7)}
d["k"] = None
print("done")
