def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise KeyError(i)
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("tasks failed", errors)
