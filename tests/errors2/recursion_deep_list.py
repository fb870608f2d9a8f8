def build(n):
    if n == 0:
        return []
    return [build(n - 1)]
x = build(50)
print(str(x).count("["))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(len(str(fact(500))))
fact(100000)
