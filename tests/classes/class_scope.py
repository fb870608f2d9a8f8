x = "module"
class K:
    x = "class"
    y = x + "!"
    def get(self):
        return x
    def get_cls(self):
        return self.x
print(K.y, K().get(), K().get_cls())
class Outer:
    class Inner:
        val = 42
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().val, Outer.Inner.__qualname__)
def factory(n):
    class Made:
        size = n
        def double(self):
            return self.size * 2
    return Made
M = factory(21)
print(M().double(), M.__name__)
