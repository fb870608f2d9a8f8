class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + self.child.depth()
n = Node(Node(Node()))
print(n.depth())
