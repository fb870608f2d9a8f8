a = [1, [2, 3]]
b = a[:]
c = list(a)
b[0] = 99
b[1].append(4)
print(a, b, c)
print(a == c, a is c, a[1] is c[1])
x = [3, 1, 2]
y = sorted(x)
print(x, y, x.sort(), x)
z = x
z.append(4)
print(x)
del z
print(x)
m = [0, 1, 2, 3, 4]
for i in range(len(m) - 1, -1, -1):
    if m[i] % 2:
        del m[i]
print(m)
n = [1, 2, 3]
print([n.pop() for _ in range(len(n))], n)
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(ch)
    elif ch == ")":
        stack.pop()
print(stack == [], len(stack))
print(list(map(list, [(1, 2), (3,)])))
