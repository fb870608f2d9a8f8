from typing import NamedTuple, TypedDict, Optional, Generic, TypeVar, Protocol, Iterator, Callable, List
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
e = Emp("ann")
print(e, e._replace(dept="ops"), Emp._fields, e.dept)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__annotations__ if False else sorted(Movie.__annotations__))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box[int], Box.__name__)
def gen(n: int) -> Iterator[int]:
    yield from range(n)
print(list(gen(3)), Optional[str], List[int], Callable[[int], str])
