# marshal: values survive a round trip; unmarshallable objects and bad data raise.
import marshal

values = [None, True, False, ..., 0, -1, 2**31, -2**63, 2**200, -(3**90), 1.5, -0.0,
          float("inf"), 2j, 1 - 3.5j, "", "h\u00e9llo \u20ac \U0001f600", "\ud800", b"",
          b"\x00\xff", (), (1, (2, (3,))), [1, [2, []]], {"a": 1, 2: [3]}, {1, 2, 3},
          frozenset({"x"})]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(back), type(back).__name__, back == v or v != v)


def f(a, b=2, *args, c, **kw):
    x = [a, b, c]
    return sum(x) + len(args) + len(kw)


code = marshal.loads(marshal.dumps(f.__code__))
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
module = compile("def g(n):\n    return [i * n for i in range(4)]\nprint(g(3))\n", "m", "exec")
exec(marshal.loads(marshal.dumps(module)))
print(g(5))

for bad in [object(), print, marshal]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    marshal.loads(b"")
except EOFError as e:
    print("EOFError:", e)
try:
    marshal.loads(marshal.dumps((1, 2, 3))[:-2])
except EOFError as e:
    print("EOFError:", e)
