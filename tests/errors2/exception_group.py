def work():
    raise ExceptionGroup("several failures", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    work()
except* ValueError as eg:
    print("handled values:", [str(e) for e in eg.exceptions])
