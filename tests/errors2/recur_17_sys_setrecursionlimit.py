import sys
sys.setrecursionlimit(100)
def f(n):
    return f(n + 1)
f(0)
