count = 0
for i in range(5):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
        print("pair", i, j)
print("count", count)
for s in ["abc", "", "xyz"]:
    if not s:
        continue
    for ch in s:
        if ch == "b":
            break
        print(ch, end="")
    print("|")
