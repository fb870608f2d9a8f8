class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
inc = c.inc
inc(); inc(5)
print(c.n)
print(Counter.inc(c, 10).n)
fns = [c.inc, Counter().inc]
print([f().n for f in fns])
print(c.inc == c.inc, c.inc is c.inc, c.inc.__self__ is c, c.inc.__func__ is Counter.inc)
class Callback:
    def __init__(self):
        self.events = []
    def on(self, e):
        self.events.append(e)
cb = Callback()
handlers = {"click": cb.on}
handlers["click"]("x")
list(map(cb.on, [1, 2]))
print(cb.events)
s = "abc"
up = s.upper
print(up(), [].append.__name__, str.upper(s), type(up).__name__, type(str.upper).__name__)
class St:
    @staticmethod
    def sm(x):
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
print(St.sm(2), St().sm(3), St.cm(), St().cm())
