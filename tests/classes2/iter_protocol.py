class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Range2:
    def __init__(self, a, b):
        self.cur, self.b = a, b
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.b:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
print(list(Countdown(3)), list(Range2(2, 5)), sum(Range2(0, 4)), max(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)
print(*Range2(0, 3), sep="-")
print(dict(zip(Countdown(2), Range2(0, 2))), sorted(Countdown(3)), set(Range2(1, 3)), tuple(Countdown(2)))
r = Range2(0, 3)
print(list(r), list(r))
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
print(list(iter([1, 2, 3].pop, 1)) if False else "skip")
calls = iter(lambda: len(calls_list), 3)
calls_list = []
for v in iter(lambda: calls_list.append(1) or len(calls_list), 3):
    print("v", v)
