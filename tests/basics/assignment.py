x = 5
y = x
x = x + 1
print(x, y)
a, b = 1, 2
a, b = b, a
print(a, b)
p = q = r = 7
print(p, q, r)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "hi"
print(f, g)
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias)
t = (1,)
t += (2,)
print(t)
