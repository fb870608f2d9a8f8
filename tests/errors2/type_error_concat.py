def label(n):
    return "item " + n
for i in range(3):
    print(label(str(i)))
print(label(3))
