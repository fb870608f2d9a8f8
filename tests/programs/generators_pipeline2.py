log_lines = [
    "2024-01-01 10:00:01 INFO server started",
    "2024-01-01 10:00:05 WARN disk 81%",
    "2024-01-01 10:01:00 ERROR connection lost",
    "2024-01-01 10:01:30 INFO reconnected",
    "2024-01-01 10:02:00 ERROR timeout on /api",
    "2024-01-01 10:03:00 INFO shutdown",
]
def parse(lines):
    for l in lines:
        date, time, level, msg = l.split(" ", 3)
        h, m, s = map(int, time.split(":"))
        yield {"t": h * 3600 + m * 60 + s, "level": level, "msg": msg}
def only(level, records):
    return (r for r in records if r["level"] == level)
def deltas(records):
    prev = None
    for r in records:
        if prev is not None:
            yield r["t"] - prev
        prev = r["t"]
errors = list(only("ERROR", parse(log_lines)))
print([e["msg"] for e in errors])
print(list(deltas(parse(log_lines))))
levels = {}
for r in parse(log_lines):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items(), key=lambda kv: -kv[1]))
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x; n += 1
        avg = total / n
ra = running_avg(); next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
def merge_sorted(*its):
    iters = [iter(i) for i in its]
    heads = []
    for idx, it in enumerate(iters):
        for v in it:
            heads.append((v, idx))
            break
    while heads:
        heads.sort()
        v, idx = heads.pop(0)
        yield v
        for nv in iters[idx]:
            heads.append((nv, idx))
            break
print(list(merge_sorted([1, 4, 9], [2, 3, 10], [0, 11])))
