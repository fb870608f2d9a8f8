# compile() of bytes behaves as compile() of a str at the end of the input (not as a file):
# the offset points past the last line, and a decoding error is the codec's message.
def show(src):
    try:
        compile(src, "<b>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text))


for src in [b"def f():", b"for x in range(3):\n", b"try:\n  pass\n", b"x = 1\n\\\n",
            b"# coding: latin-1\nx = '\xe9'", b"# coding: klingon\n", b"x = '\xe9'\n",
            b"\xef\xbb\xbf# coding: latin-1\n", b"# coding: ascii\nx = '\xe9'\n"]:
    show(src)
