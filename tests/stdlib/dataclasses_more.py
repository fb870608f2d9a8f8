from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
@dataclass
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
@dataclass
class Path:
    name: str
    points: list = field(default_factory=list)
    length: float = field(init=False, default=0.0)
    secret: str = field(default="hidden", repr=False)
    def __post_init__(self):
        self.length = sum(p.dist() for p in self.points)
p = Path("route", [Point(3, 4), Point(1)])
print(p, p.length)
print(asdict(p), astuple(Point(1, 2)), replace(Point(1, 2), y=5), [f.name for f in fields(Path)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(1) == Version(1, 0), Version(2) > Version(1, 99))
@dataclass
class C:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
print(C(2, 3), C(2))
@dataclass(frozen=True)
class F:
    v: int
print(hash(F(1)) == hash(F(1)), {F(1), F(1)}, F(1) == F(1))
@dataclass
class Child(Point):
    z: float = 0.0
print(Child(1, 2, 3), Child(1).dist())
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
