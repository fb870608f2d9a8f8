class A:
    pass
try:
    A().x
except AttributeError as e: print(e)
try:
    A.x
except AttributeError as e: print(e)
try:
    A(1)
except TypeError as e: print(e)
try:
    object().x = 1
except AttributeError as e: print(e)
try:
    (1).x = 2
except AttributeError as e: print(e)
try:
    del A().x
except AttributeError as e: print(e)
class A:
    def __init__(self, x):
        self.x = x
try:
    A()
except TypeError as e: print(e)
try:
    A(1, 2)
except TypeError as e: print(e)
try:
    A(y=2)
except TypeError as e: print(e)
class A:
    __slots__ = ()
try:
    A().x = 1
except AttributeError as e: print(e)
