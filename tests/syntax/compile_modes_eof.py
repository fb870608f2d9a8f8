# SyntaxError details at the end of compile() input: exec input gets an implicit final
# newline, eval and single input do not (single input ends its statement with a NEWLINE).
def show(src, mode):
    try:
        compile(src, "<s>", mode)
        print(mode, repr(src), "ok")
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, repr(e.text))


sources = ["1 +", "1 +\n", "(1, ", "x = 1", "if x:\n  y", "lambda:", "def f():", "for x in y:",
           "x = (1,\n2", "@d", "1 2", "f(a b)", "", "x = 'abc", "if x:\n    y\n  z", "x = \"\"\"a\nb"]
for src in sources:
    for mode in ("eval", "single", "exec"):
        show(src, mode)
