import itertools
from functools import total_ordering
PRIORITY = {"low": 0, "medium": 1, "high": 2}
_ids = itertools.count(1)
@total_ordering
class Task:
    def __init__(self, title, priority="medium", tags=()):
        if priority not in PRIORITY:
            raise ValueError(f"bad priority {priority!r}")
        self.id = next(_ids)
        self.title, self.priority, self.tags, self.done = title, priority, set(tags), False
    def __eq__(self, other):
        return (PRIORITY[self.priority], -self.id) == (PRIORITY[other.priority], -other.id)
    def __lt__(self, other):
        return (PRIORITY[self.priority], -self.id) < (PRIORITY[other.priority], -other.id)
    def __str__(self):
        box = "x" if self.done else " "
        tags = ",".join(sorted(self.tags))
        return f"[{box}] #{self.id} {self.title} ({self.priority}){' {' + tags + '}' if tags else ''}"
class TodoList:
    def __init__(self):
        self.tasks = []
    def add(self, *a, **k):
        t = Task(*a, **k)
        self.tasks.append(t)
        return t
    def complete(self, tid):
        for t in self.tasks:
            if t.id == tid:
                t.done = True
                return t
        raise LookupError(f"no task {tid}")
    def pending(self):
        return sorted((t for t in self.tasks if not t.done), reverse=True)
    def by_tag(self):
        tags = sorted({tag for t in self.tasks for tag in t.tags})
        return {tag: [t.id for t in self.tasks if tag in t.tags] for tag in tags}
todo = TodoList()
todo.add("write report", "high", ["work"])
todo.add("buy milk", "low", ["home", "shop"])
todo.add("fix bug", "high", ["work", "urgent"])
todo.add("call mom")
try:
    todo.add("nap", "whenever")
except ValueError as e:
    print("error:", e)
todo.complete(3)
try:
    todo.complete(42)
except LookupError as e:
    print("error:", e)
for t in todo.pending():
    print(t)
print("\n".join(map(str, todo.tasks)))
print(todo.by_tag(), max(todo.tasks).title, sum(t.done for t in todo.tasks))
