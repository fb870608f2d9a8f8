class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def push(self, x):
        self._in.append(x)
    def pop(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("pop from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __bool__(self):
        return len(self) > 0
q = Queue()
for i in range(5):
    q.push(i)
print(q.pop(), q.pop())
q.push(99)
out = []
while q:
    out.append(q.pop())
print(out, len(q))
try:
    q.pop()
except IndexError as e:
    print(e)
customers = [("ann", 3), ("ben", 1), ("cat", 4), ("dan", 2)]
clock = 0
waits = {}
line = Queue()
for c in customers:
    line.push(c)
while line:
    name, service = line.pop()
    waits[name] = clock
    clock += service
print(waits, "avg wait", sum(waits.values()) / len(waits))
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
