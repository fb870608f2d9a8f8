def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(h())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def cont():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(cont())
