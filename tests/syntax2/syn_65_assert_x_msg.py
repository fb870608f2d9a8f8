assert(x, "msg")
print("ok")
