try:
    {}["missing"]
except KeyError as e:
    print(e.args, type(e.args).__name__)
try:
    int("z")
except ValueError as e:
    print(e.args)
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    None.foo
except AttributeError as e:
    print(e.args, e.name, e.obj)
try:
    undefined_thing
except NameError as e:
    print(e.args, e.name)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.args, e.name)
e = ValueError("a")
e.custom = 5
print(e.custom, e.__traceback__, e.__class__.__name__, ValueError.__name__, ValueError.__doc__ is not None)
try:
    raise ValueError("tb")
except ValueError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
print(BaseException.__subclasses__ is not None, Exception.__bases__, BaseException.__bases__)
print(ArithmeticError.__subclasses__())
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
