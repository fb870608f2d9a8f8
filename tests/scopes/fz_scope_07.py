class C:
    a = 1
    b = [a for _ in range(2)] if False else 0
    c = (lambda: a) if False else 0
    def f(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(C().f())
def f():
    try:
        return "try"
    finally:
        print("finally")
print(f())
def f():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("f", i)
print(f())
def f():
    while True:
        try:
            break
        finally:
            print("break finally")
    return "out"
print(f())
