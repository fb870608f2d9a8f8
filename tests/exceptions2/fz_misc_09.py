code = compile("print('hi')", "mystring", "exec")
print(code.co_filename, code.co_name)
exec(code)
print(eval(compile("1+2", "e", "eval")))
import sys
print(sys.exc_info())
try:
    raise KeyError
except:
    print(sys.exc_info()[0])
print(sys.exc_info())
def outer():
    try:
        raise ValueError
    except ValueError:
        def inner():
            raise
        inner()
try:
    outer()
except ValueError:
    print("reraised in nested")
