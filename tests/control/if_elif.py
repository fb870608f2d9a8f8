def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
x = 3
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 1 and x < 5:
    print("in range")
if x == 1: print("one")
else: print("not one")
y = "yes" if x > 2 else "no"
print(y, "a" if 0 else "b" if 1 else "c")
if x > 100:
    pass
print("done")
