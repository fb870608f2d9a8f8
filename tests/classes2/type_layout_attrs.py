class A: pass
class S: __slots__ = ()
HEAP, BASE, READY, GC = 1 << 9, 1 << 10, 1 << 12, 1 << 14
for c in (A, S, int, list, type, object, dict, str, bool, ValueError):
    f = c.__flags__
    print(c.__name__, bool(f & HEAP), bool(f & BASE), bool(f & READY), bool(f & GC), bool(f & (1 << 8)), [b for b in range(24, 32) if f >> b & 1])
print(A.__text_signature__, int.__text_signature__, type(A.__basicsize__), A.__itemsize__, int.__itemsize__ > 0 or True)
print(sorted(set(dir(type)) ^ set(dir(type))))
try: A.__flags__ = 1
except AttributeError as e: print(e)
