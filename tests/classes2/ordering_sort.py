class Card:
    order = "23456789TJQKA"
    def __init__(self, r, s):
        self.r, self.s = r, s
    def __lt__(self, o):
        return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self):
        return self.r + self.s
hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c")]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
print(Card("2", "x") < Card("3", "y"), Card("3", "y") > Card("2", "x"))
try:
    Card("2", "x") <= Card("3", "y")
except TypeError as e:
    print(e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __repr__(self):
        return f"V{self.v}"
print(V(1) <= V(1), V(2) >= V(3), sorted([V(3), V(1), V(2)]))
try:
    object() < object()
except TypeError as e:
    print(e)
try:
    sorted([V(1), 5])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
