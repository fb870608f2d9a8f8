class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("widget")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args)
try:
    raise AppError("a", 1)
except AppError as e:
    print(e, repr(e))
try:
    raise WithStr(1, 2)
except Exception as e:
    print(e, repr(e), e.args)
print(isinstance(NotFound("x"), Exception), issubclass(NotFound, AppError))
e = AppError()
print(repr(e), str(e), e.args)
print(repr(ValueError("x")), repr(ValueError("x", 2)), str(ValueError(3)))
