def simulate(arrivals, service_time):
    queue = []
    clock = 0
    busy_until = 0
    waits = []
    events = sorted(arrivals)
    while events or queue:
        if events and (not queue or events[0] <= busy_until):
            t = events.pop(0)
            queue.append(t)
            clock = max(clock, t)
        if queue and clock >= busy_until:
            arrived = queue.pop(0)
            start = max(clock, arrived, busy_until)
            waits.append(start - arrived)
            busy_until = start + service_time
        clock = max(clock, busy_until if not events else min(events[0], busy_until))
    return waits
w = simulate([0, 1, 2, 3, 10, 11, 30], 3)
print(w, sum(w), max(w))
