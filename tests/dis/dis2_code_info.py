import dis
def f(a, b=1, *c, d, **e):
    "doc"
    x = a + b
    return x
print(dis.code_info(f))
