for x in [1, 2, 3]:
    print(x)
for ch in "hey":
    print(ch)
for k in {"a": 1, "b": 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(10):
    if i == 3:
        continue
    if i == 6:
        break
    print("i", i)
for i in range(3):
    pass
else:
    print("for-else", i)
for i in []:
    print("never")
else:
    print("empty for-else")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("last", i)
for x in (10, 20):
    x += 1
    print(x)
