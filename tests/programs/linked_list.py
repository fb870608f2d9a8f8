class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = Node(x, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, val):
        prev, cur = None, self.head
        while cur:
            if cur.val == val:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                return True
            prev, cur = cur, cur.next
        return False
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse(); print(ll)
print(ll.remove(3), ll.remove(42), ll)
print(ll[0], ll[2], list(ll), 4 in ll)
try:
    ll[10]
except IndexError as e:
    print(e)
print(LinkedList(), LinkedList("ab"))
