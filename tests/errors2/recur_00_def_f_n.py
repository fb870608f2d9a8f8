def f(n):
    return [f(n + 1) for _ in range(1)]
f(0)
