for s in ['', 'a', 'abc', 'é', 'héllo', '€uro', '\U0001f600x', 'a' * 100, b'abc', b'', b'\xff\x00']:
    print(repr(s), hash(s))
print({'b': 1, 'a': 2, 'é': 3, 'c': 4})
print({'x', 'y', 'z', 'w', 'é'})
class S(str):
    def __repr__(self): return 'S(' + str.__repr__(self) + ')'
s = S('abc')
print(repr(s), str(s), s + 'd', s.upper(), type(s.upper()).__name__, s == 'abc', hash(s) == hash('abc'))
print(type(str(s)).__name__, len(s), s[1], 'b' in s, S('x') * 2, type(S('x') * 2).__name__)
class B(bytes): pass
b = B(b'xy')
print(b, type(b).__name__, b + b'z', b[0], bytes(b))
print(str(b'x'), repr('a\\b'), ascii('é'), 'a' 'b')
class WithStr:
    def __str__(self): return 'WS'
    def __repr__(self): return 'WR'
    def __format__(self, spec): return 'F' + spec
print(str(WithStr()), '%s %r' % (WithStr(), WithStr()), '{} {!r} {:x}'.format(WithStr(), WithStr(), WithStr()))
class R:
    def __radd__(self, other): return 'radd:' + other
    def __rmul__(self, other): return 'rmul:' + other
print('a' + R(), 'a' * R())
print(sorted(['b', 'B', 'a', 'é', '', 'ab']))
print('x'.join(map(str, range(5))), '-'.join(str(i) for i in range(3)))
print(str(bytearray(b'ab')), bytearray(b'ab').decode())
print(' '.join(['a'] * 3), 'abc'.encode('utf-16'), 'abc'.encode('utf-16').decode('utf-16'))
print(int('١٢٣'), float('١.٥'))
