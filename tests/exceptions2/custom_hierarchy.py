class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
class Forbidden(AppError):
    def __str__(self):
        return f"[{self.code}] forbidden: {self.args[0]}"
for exc in [NotFound("page", 404), Forbidden("admin", 403), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.code, e.args)
    except AppError as e:
        print("AppError", e, e.code, repr(e))
class Multi(Exception):
    pass
e = Multi(1, "two", [3])
print(e, repr(e), e.args, str(Multi()), repr(Multi()), str(Multi("one")))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
try:
    raise NotFound
except AppError as e:
    print("class raised:", type(e).__name__)
except TypeError as e:
    print("TypeError", e)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
print(KeyError("k"), str(KeyError("k")), repr(KeyError("k")), KeyError(), str(KeyError("a", "b")))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "nf").errno, OSError(2, "nf").strerror, str(OSError(2, "nf")))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise Exception("a", "b")
except Exception as e:
    print(e.args, e.with_traceback(None) is e)
