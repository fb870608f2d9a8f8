a = b = c = [1]
a += [2]
print(a, b, c, a is c)
t = (1,)
t += (2,)
print(t)
d = {}
d.setdefault("x", []).append(1)
d["y"] = d.get("y", 0) + 1
print(d, {**d}, dict(**d))
s = "a,b;c d"
