class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
a = Res("a")
b = Res("b")
a = None
def scope():
    tmp = Res("tmp")
    print("in scope")
scope()
c = Res("c")
lst = [Res("in-list")]
print("end of script")
