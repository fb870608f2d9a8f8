a = 1; b = 2; print(a + b)
if a: print("one-line if")
for i in range(3): print(i, end=" ")
print()
while a < 3: a += 1
print(a)
def f(): return "one-line def"
print(f())
class C: x = 5
print(C.x)
try: 1 / 0
except ZeroDivisionError: print("one-line except")
