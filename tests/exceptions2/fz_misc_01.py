import sys
def f():
    x = 42
    return sys._getframe(0).f_locals
print(f())
def g():
    return sys._getframe(1).f_code.co_name
def h():
    return g()
print(h())
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0, tb.tb_next)
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
