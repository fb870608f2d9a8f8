class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            cur = self.root
            while True:
                if key == cur.key:
                    return
                side = "left" if key < cur.key else "right"
                nxt = getattr(cur, side)
                if nxt is None:
                    setattr(cur, side, Node(key))
                    break
                cur = nxt
        self.size += 1
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def inorder(self, n="start"):
        if n == "start":
            n = self.root
        if n:
            yield from self.inorder(n.left)
            yield n.key
            yield from self.inorder(n.right)
    def height(self, n="start"):
        if n == "start":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t.inorder()), t.size, t.height(), t.preorder())
print(40 in t, 45 in t)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.height())
