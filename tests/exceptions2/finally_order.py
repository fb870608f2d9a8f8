log = []
def a():
    try:
        log.append("a-try")
        b()
    finally:
        log.append("a-finally")
def b():
    try:
        log.append("b-try")
        raise ValueError("deep")
    except TypeError:
        log.append("b-wrong-except")
    finally:
        log.append("b-finally")
try:
    a()
except ValueError as e:
    log.append(f"top:{e}")
print(log)
def gen_return_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(gen_return_in_finally())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("f1")
    finally:
        print("f2")
print(nested_finally())
def exc_in_else():
    try:
        pass
    except Exception:
        print("no")
    else:
        raise KeyError("from else")
try:
    exc_in_else()
except KeyError as e:
    print("caught", e)
