def run(n):
    log = []
    try:
        log.append("outer-try")
        try:
            log.append("inner-try")
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            if n == 3:
                raise TypeError("t")
        except ValueError:
            log.append("inner-except-ValueError")
        finally:
            log.append("inner-finally")
        log.append("after-inner")
    except KeyError:
        log.append("outer-except-KeyError")
    except Exception as e:
        log.append("outer-except-" + type(e).__name__)
    else:
        log.append("outer-else")
    finally:
        log.append("outer-finally")
    return log
for n in range(4):
    print(n, run(n))
