def nothing():
    pass
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
def loop_ret():
    for i in range(10):
        if i == 4:
            return i
def while_ret():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i
print(nothing(), multi(), early(1), early(0), loop_ret(), while_ret())
a, b, c = multi()
print(a + b + c)
def ret_list():
    return [x * 2 for x in range(3)]
print(ret_list())
