def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.append(4); print(a)
a.extend((5, 6)); print(a)
a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7); a.insert(-100, -1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3); print(a)
print(a.index(2), a.count(2), a.index(2, 1), a.index(2, -5, 10))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(key=lambda x: -x); print(a)
b = a.copy(); b.clear(); print(a, b)
print(a + [1], a * 2, 2 * a, [] * 5, a * -1, a * 0)
c = a; c += [8]; print(a is c, a)
c *= 2; print(a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [1] <= [1], [] >= [])
print(3 in a, 99 in a, [] in [[]])
l = list(range(10))
print(l[2:5], l[::2], l[::-1], l[-3:], l[:-3], l[5:2], l[5:2:-1], l[100:], l[-100:2])
l[2:5] = ['a', 'b']; print(l)
l[::3] = [0, 0, 0]; print(l)
del l[::2]; print(l)
del l[1]; print(l)
l[0:0] = range(3); print(l)
l[len(l):] = 'xy'; print(l)
del l[:]; print(l)
x = [1, 2, 3]; x[1:2] = x; print(x)
x = [1, 2, 3]; x[::-1] = x; print(x)
x = [1]; x.append(x); print(x)
print(repr([]), str([1, 'a', None, 2.5, (1,)]))
print(list(), list('abc'), list((1, 2)), list({1: 2}), list(range(3)))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].remove(5))
t(lambda: [1, 2].index(3))
t(lambda: [1] + (1,))
t(lambda: [1] * 1.5)
t(lambda: [1] < (1,))
t(lambda: [1][5])
t(lambda: [1][str(1)])
t(lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1, 2, 3]))
t(lambda: [1, 2, 3].__setitem__(slice(0, 3, 1), 1))
t(lambda: [1, 2].__setitem__(5, 0))
t(lambda: [1, 2].__delitem__(5))
t(lambda: [].append())
t(lambda: [].copy(1))
t(lambda: [].insert(1))
t(lambda: [].sort(1))
t(lambda: [].sort(foo=1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: [3, 'a'].sort())
t(lambda: hash([]))
t(lambda: list(5))
t(lambda: [1, 2, 3][1:2:0])
t(lambda: [0] * (2 ** 100))
t(lambda: [1, 2, 3].index(2, 'a'))
t(lambda: [].pop('a'))
t(lambda: [].sort(reverse='a'))
def mutate():
    l = [3, 2, 1]
    def k(x):
        l.append(x)
        return x
    l.sort(key=k)
t(mutate)
it = iter([1, 2, 3]); print(next(it), it.__length_hint__(), list(it), list(it))
l = [1, 2, 3]
for v in l:
    if v < 3:
        l.append(v + 10)
print(l)
r = reversed([1, 2, 3]); print(type(r).__name__, list(r))
print(sorted([5, 2, 8, 1]), sorted('hello'), sorted([3, 1, 2], reverse=True))
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
class Rand:
    def __init__(self, seed):
        self.x = seed
    def randint(self, a, b):
        self.x = (self.x * 1103515245 + 12345) % 2 ** 31
        return a + self.x % (b - a + 1)
    def random(self):
        return self.randint(0, 10 ** 6) / 10 ** 6
random = Rand(3)
big = [random.randint(0, 100) for _ in range(2000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:10], sorted(big)[-5:])
fl = [random.random() for _ in range(500)]
print(sorted(fl) == sorted(fl, key=float))
strs = [str(random.randint(0, 10 ** 6)) for _ in range(500)]
print(sorted(strs)[:5])
stab = [(random.randint(0, 5), i) for i in range(1000)]
print(sorted(stab, key=lambda p: p[0]) == sorted(stab))
print([1, [2, [3, [4]]]])
class L(list):
    pass
m = L([1, 2]); m.append(3); print(m, type(m).__name__, m + [4], type(m + [4]).__name__)
