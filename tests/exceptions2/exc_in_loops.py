results = []
for token in ["1", "2", "x", "4", "", "6"]:
    try:
        n = int(token)
    except ValueError:
        results.append(None)
        continue
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        break
print("i =", i)
def retry(fn, times):
    for attempt in range(times):
        try:
            return fn(attempt)
        except RuntimeError as e:
            print("attempt", attempt, "failed:", e)
    return "gave up"
def flaky(n):
    if n < 2:
        raise RuntimeError(f"fail {n}")
    return f"ok on {n}"
print(retry(flaky, 5), retry(flaky, 1))
total = 0
for x in [1, 2, "three", 4]:
    try:
        total += x
    except TypeError as e:
        print("skip:", e)
print(total)
