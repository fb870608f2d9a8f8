def a(n):
    return b(n)
def b(n):
    return a(n) if n else 0
a(1)
