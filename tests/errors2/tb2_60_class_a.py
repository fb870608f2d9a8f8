class A:
    __slots__ = ("x",)
A().y = 1
