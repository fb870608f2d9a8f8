def read_lines():
    text = """alpha 3
beta 7
# comment
gamma 12

delta 5"""
    for line in text.split("\n"):
        yield line
def non_comment(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, num = l.split()
        yield name, int(num)
def big(items, thr):
    for name, n in items:
        if n > thr:
            yield name.upper(), n
pipeline = big(parse(non_comment(read_lines())), 4)
for item in pipeline:
    print(item)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
print(list(take(6, squares)))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(10)), 3)))
def window(seq, n):
    it = iter(seq)
    win = [next(it) for _ in range(n)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(window("abcde", 3)))
