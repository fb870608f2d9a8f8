state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
alpha = "{}[]!:.0a1<>^=+-#,_xsdrfcg%()*5 zé"
class O:
    real = 2
    def __getitem__(self, k): return 'I' + str(k)
args = (1, 'ab', 2.5, [1, 2], O())
kw = {'a': 'A', 'x': 3}
for i in range(3000):
    f = ''.join(alpha[rnd(len(alpha))] for _ in range(1 + rnd(8)))
    try:
        r = repr(f.format(*args, **kw))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    try:
        r2 = repr(f % args)
    except Exception as e:
        r2 = type(e).__name__ + ': ' + str(e)
    try:
        r3 = repr(f % kw)
    except Exception as e:
        r3 = type(e).__name__ + ': ' + str(e)
    print(repr(f), r, r2, r3)
