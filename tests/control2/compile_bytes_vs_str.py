print(eval(b"1 + 2"))
exec(b"print(3)")
try:
    compile(b"def f():", "<b>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
try:
    compile("def f():", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
