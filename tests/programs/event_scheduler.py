class Event:
    def __init__(self, time, name, action=None):
        self.time, self.name, self.action = time, name, action
    def __lt__(self, other):
        return (self.time, self.name) < (other.time, other.name)
    def __repr__(self):
        return f"Event({self.time}, {self.name!r})"
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []
    def schedule(self, delay, name, action=None):
        e = Event(self.now + delay, name, action)
        self.queue.append(e)
        self.queue.sort()
        return e
    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            e = self.queue.pop(0)
            self.now = e.time
            self.log.append(f"t={self.now}: {e.name}")
            if e.action:
                e.action(self)
s = Scheduler()
def ping(sched):
    if sched.now < 20:
        sched.schedule(7, "ping", ping)
def spawn(sched):
    for i in range(3):
        sched.schedule(i + 1, f"child{i}")
s.schedule(0, "ping", ping)
s.schedule(5, "spawn", spawn)
s.schedule(5, "alpha")
s.run(25)
print("\n".join(s.log))
print("pending:", s.queue, "now:", s.now)
