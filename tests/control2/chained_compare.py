def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1.5 != 3 == 3.0)
print(1 in [1, 2] in [[1, 2]], "a" < "b" <= "b" < "c")
x = 5
print(0 < x < 10, 0 < x > 10)
print(None is None, [] is not [])
print((1, 2) == (1, 2) != (2, 1))
print(not 1 == 2, not (1 == 2) and 3, (not 1) == 2)
print(1 if 0 else 2 if 0 else 3)
print(v(0) or v("") or v("last"), v(1) and v(2) and v(0) and v(3))
