class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def peek(self):
        return self.items[-1]
s = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.peek())
while len(s) > 0:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print("error:", e)
class LinkedList:
    def __init__(self):
        self.head = None
    def prepend(self, v):
        self.head = (v, self.head)
    def to_list(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node[0])
            node = node[1]
        return out
ll = LinkedList()
for c in "abc":
    ll.prepend(c)
print(ll.to_list())
