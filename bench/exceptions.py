# try/except/finally in hot loops and raising through a few frames.
class AppError(Exception):
    pass


def check(i):
    if i % 7 == 0:
        raise AppError(i)
    return i


def middle(i):
    return check(i) * 2


def run(n):
    ok = 0
    bad = 0
    fin = 0
    for i in range(n):
        try:
            ok += middle(i)
        except AppError as e:
            bad += e.args[0] % 3
        finally:
            fin += 1
    return ok, bad, fin


def lookups(n):
    d = {"a": 1}
    misses = 0
    for i in range(n):
        try:
            d["b"]
        except KeyError:
            misses += 1
    return misses


print(run(4000000), lookups(2000000))
