x = []
y = [x]
x.append(y)
print(x == y)
try:
    print(x == [[x]])
except RecursionError:
    print("RecursionError")
import sys
sys.setrecursionlimit(50)
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e: print("caught", e)
print(sys.getrecursionlimit())
import sys
sys.setrecursionlimit(10**6)
def f(n): return 0 if n == 0 else 1 + f(n - 1)
print(f(100000))
