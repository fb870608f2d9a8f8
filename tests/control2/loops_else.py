for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for x in []:
    print("never")
else:
    print("empty else")
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            break
    else:
        continue
    print("found pair", a, b)
    break
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
print(count)
