import sys
def f():
    sys.exit(5)
try:
    f()
finally:
    print("fin")
