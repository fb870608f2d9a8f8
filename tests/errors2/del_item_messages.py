class A: pass
import types
for o in [object(), 1, 1.5, (1,), 'a', b'a', range(3), {}.keys(), frozenset(), set(), A(), A, len,
          iter([]), (x for x in []), list[int], types.MappingProxyType({}), None, {}.items(), slice(1)]:
    for k in [0, 'x', True]:
        for op in ('del', 'set'):
            try:
                if op == 'del': del o[k]
                else: o[k] = 1
            except TypeError as e: print(type(o).__name__, repr(k), op, e)
