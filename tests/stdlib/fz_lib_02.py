import operator, itertools
data = [("a", 3), ("b", 1), ("c", 2)]
print(sorted(data, key=operator.itemgetter(1)), list(map(operator.mul, [1, 2], [3, 4])), list(itertools.accumulate(range(5), operator.add)))
print(list(itertools.groupby(sorted("mississippi"))) and [(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
class Impl(Base):
    def run(self): return "ran"
    @property
    def name(self): return "impl"
print(Impl().run(), Impl().name, isinstance(Impl(), Base))
try:
    Base()
except TypeError as e: print(e)
class Partial(Base):
    def run(self): return 1
try:
    Partial()
except TypeError as e: print(e)
from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable, Iterator, Generator
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((x for x in []), Generator), isinstance(iter([]), Iterator))
print(isinstance(5, Iterable), isinstance("s", Iterable), isinstance(len, Callable), isinstance([], Hashable), issubclass(dict, Mapping))
class MySeq(Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
s = MySeq()
print(list(s), s.index(20), s.count(10), 20 in s, list(reversed(s)))
