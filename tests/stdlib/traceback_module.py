import traceback, sys
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.replace(__file__, "FILE"))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
try:
    {}["k"]
except KeyError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(lines), lines[-1])
    traceback.print_exc(file=sys.stdout)
print(traceback.extract_stack()[-1].name, traceback.format_list([("f.py", 1, "fn", "x = 1")]))
