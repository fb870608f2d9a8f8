def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r
print(attempt(2))
print(attempt(0))
try:
    print("body")
finally:
    print("cleanup")
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("finally", i)
