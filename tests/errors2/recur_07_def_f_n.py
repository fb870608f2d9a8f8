def f(n):
    return (lambda: f(n + 1))()
f(0)
