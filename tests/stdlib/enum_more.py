from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = "r"
    GREEN = "g"
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def parse(cls, s):
        return cls(s)
print(Color.RED.describe(), Color.parse("g"), Color("r") is Color.RED, [c.value for c in Color])
print(Color.RED == "r", Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, Color.__members__.keys())
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm(7), repr(Perm.R), bool(Perm(0)))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, Status.OK + 1, f"{Status.OK}", str(Status.OK), repr(Status.NOT_FOUND))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape(2))
try:
    Color.RED = "x"
except AttributeError as e:
    print(e)
