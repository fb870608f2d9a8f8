import sys
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        sys.exit("exiting with message")
f()
