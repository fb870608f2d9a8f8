g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
data = [3, 1, 2]
g = (d for d in data)
data.append(4)
print(list(g))
x = [1, 2, 3]
g = (i for i in x)
x = [9]
print(list(g))
print(", ".join(str(i) for i in range(4)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc"))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
gen = (i for i in range(3))
for v in gen:
    print(v, end=" ")
print()
print(sorted((x for x in [3, 1, 2]), reverse=True))
