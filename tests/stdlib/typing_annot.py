from typing import List, Dict, Optional, Tuple, Union, Any, Callable
def f(xs: List[int], m: Dict[str, int], o: Optional[str] = None) -> Tuple[int, ...]:
    return tuple(xs)
print(f([1, 2], {}), f.__annotations__["o"])
Num = Union[int, float]
def g(x: Num) -> Any:
    return x
print(g(3), Optional[int])
x: int = 5
y: list[int] = [1]
print(x, y, __annotations__)
