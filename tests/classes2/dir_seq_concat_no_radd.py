import collections
for o in [[], (), '', b'', bytearray(), collections.deque(), 1, 1.5, 1j, True, {}, set(), range(3)]:
    print(type(o).__name__, [n for n in dir(o) if n.startswith('__r') or n in ('__add__', '__mul__')])
class L(list): pass
print(L([1]) + [2], [2] + L([1]), type([2] + L([1])).__name__)
try: [1].__radd__
except AttributeError as e: print(e)
print('a'.__rmul__(3), [1].__rmul__(2))
