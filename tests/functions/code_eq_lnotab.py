def f(): return 1
c = f.__code__
print(c == c.replace(), hash(c) == hash(c.replace()), c == compile("1","s","eval"))
def g(): return 1
print(f.__code__ == g.__code__, f.__code__.replace(co_name="g") == g.__code__)
def far():
    a = 1



    b = 2
    return (a +
            b)
print(far.__code__.co_lnotab, compile("x = 1\n" + "\n" * 300 + "y = 2\n", "s", "exec").co_lnotab)
print(len({f.__code__, f.__code__.replace(), g.__code__}))
