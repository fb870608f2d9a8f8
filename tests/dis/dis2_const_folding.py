import dis
def f():
    return 2 ** 10, "a" * 3, (1, 2) + (3,), 1 / 2, -5, not True, 10 // 3, "ab"[0]
dis.dis(f)
