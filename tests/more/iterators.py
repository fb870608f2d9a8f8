class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)
print(list(map(lambda x: x * 10, [1, 2, 3])), list(filter(None, [0, 1, "", "a"])))
print(list(zip("abc", range(3), [True, False, None])))
print(dict(enumerate("xyz")), list(reversed("abc")))
it = iter(range(3))
print(next(it), list(it), list(it))
print(any(x > 2 for x in range(5)), all(x < 10 for x in range(5)))
