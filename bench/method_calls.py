# Classes with methods, attribute access and single inheritance
# (a small richards-like task scheduler).
class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.count = 0
        self.next = None

    def run(self, work):
        self.count += 1
        return work + self.priority


class Worker(Task):
    def run(self, work):
        self.count += 1
        return (work * 3 + self.ident) % 10007


class Handler(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority)
        self.queue = []

    def run(self, work):
        self.count += 1
        self.queue.append(work)
        if len(self.queue) > 8:
            return self.queue.pop(0) + self.priority
        return work


class Scheduler:
    def __init__(self):
        self.head = None
        self.steps = 0

    def add(self, task):
        task.next = self.head
        self.head = task

    def schedule(self, rounds):
        work = 1
        for r in range(rounds):
            t = self.head
            while t is not None:
                work = t.run(work) % 100003
                self.steps += 1
                t = t.next
        return work


s = Scheduler()
for i in range(10):
    if i % 3 == 0:
        s.add(Worker(i, i * 2))
    elif i % 3 == 1:
        s.add(Handler(i, i + 5))
    else:
        s.add(Task(i, i))
result = s.schedule(800000)
total = 0
t = s.head
while t is not None:
    total += t.count
    t = t.next
print(result, s.steps, total)
