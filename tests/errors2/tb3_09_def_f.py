def f():
    raise SystemExit(7)
try:
    f()
finally:
    print("cleanup")
