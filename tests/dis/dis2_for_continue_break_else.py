import dis
def f(x):
    for i in range(x):
        if i % 2:
            continue
        elif i > 5:
            break
        print(i)
    else:
        return -1
    return 0
dis.dis(f)
