print(max({1: 2, 5: 0}), min({"a": 1}.values()), max([], default=None), max([1, 3, 2], key=lambda x: x % 3), min(5, 2, key=str))
try:
    min()
except TypeError as e: print(e)
try:
    max(1)
except TypeError as e: print(e)
try:
    max([], key=len)
except ValueError as e: print(e)
try:
    min(1, 2, default=0)
except TypeError as e: print(e)
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 0.0), sum(range(10**6)), sum([2**64, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e: print(e)
try:
    sum([[1]], [])
    print("ok")
except TypeError as e: print(e)
