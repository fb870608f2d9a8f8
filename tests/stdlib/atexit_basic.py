import atexit
def bye(name):
    print("goodbye", name)
atexit.register(bye, "first")
atexit.register(bye, "second")
@atexit.register
def last():
    print("registered via decorator")
print("main body")
