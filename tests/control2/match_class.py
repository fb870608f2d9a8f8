class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def describe(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 0:
            return f"circle at ({cx},{cy}) r={r}"
        case Circle():
            return "degenerate circle"
        case (Point() as p, Point() as q):
            return f"segment {p.x},{p.y}-{q.x},{q.y}"
    return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 2),
          Circle(Point(0, 0), 0), (Point(1, 2), Point(3, 4)), "x"]:
    print(describe(s))
def cmd(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"
for c in ["go north", "pick up sword shield", "pick up", "quit", "exit", "dance now", ""]:
    print(repr(c), cmd(c))
match 42:
    case x:
        print("captured", x)
