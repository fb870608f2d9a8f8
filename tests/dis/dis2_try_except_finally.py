import dis
def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        y = str(e)
    finally:
        print("done")
    return y
dis.dis(f)
