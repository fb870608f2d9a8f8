class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError
with Managed("a") as m:
    print("inside", m.name)
with Managed("b"):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Managed("x") as x, Managed("y") as y:
    print("both", x.name, y.name)
def early():
    with Managed("ret"):
        return "returned"
print(early())
