for a, b in [(1, 0), (1.0, 0), (1, 0.0), (10 ** 30, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1] - [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} + {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1.5
except OverflowError as e:
    print(type(e).__name__, e)
