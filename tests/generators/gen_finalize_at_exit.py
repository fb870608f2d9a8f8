def worker(name):
    try:
        while True:
            x = yield
            print(name, "got", x)
    finally:
        print(name, "finalized")
a = worker("a")
next(a)
a.send(1)
b = worker("b")
next(b)
b = None
print("end of script")
