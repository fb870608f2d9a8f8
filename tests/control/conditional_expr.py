def sign(x):
    return -1 if x < 0 else (0 if x == 0 else 1)
print([sign(v) for v in (-3, 0, 8)])
a = 5
b = a if a > 3 else -a
print(b)
print("even" if a % 2 == 0 else "odd")
vals = []
for i in range(6):
    vals.append("fizz" if i % 3 == 0 else i)
print(vals)
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
