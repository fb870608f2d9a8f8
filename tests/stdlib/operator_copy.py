import operator, copy
print(operator.add(2, 3), operator.mul("a", 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1], 1))
print(operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("x"))
print(sorted([{"n": 2}, {"n": 1}], key=operator.itemgetter("n")), operator.index(5), operator.concat([1], [2]), operator.getitem({"a": 1}, "a"))
class Node:
    def __init__(self, v, kids=None):
        self.v, self.kids = v, kids or []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.kids[1].v = 99
print(shallow, deep)
class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        print("custom copy")
        c = Custom(); c.data = self.data
        return c
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        c = Custom(); c.data = copy.deepcopy(self.data, memo)
        return c
x = Custom()
print(copy.copy(x).data is x.data, copy.deepcopy(x).data is x.data)
cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is not cyc)
