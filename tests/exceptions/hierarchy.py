def what(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError as e:
        return "LookupError(" + type(e).__name__ + ")"
    except Exception as e:
        return "Exception(" + type(e).__name__ + ")"
for exc in [ZeroDivisionError(), OverflowError(), IndexError(), KeyError(), ValueError(), TypeError(), NameError()]:
    print(what(exc))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
except LookupError as e:
    print("propagated", repr(e))
