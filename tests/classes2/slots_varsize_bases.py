import weakref
for b in (int, tuple, bytes, object, list, float):
    for s in (('__weakref__',), ('__dict__',), ('a',), ()):
        try: type('X', (b,), {'__slots__': s}); print(b.__name__, s, 'ok')
        except TypeError as e: print(b.__name__, s, e)
    C = type('C', (b,), {})
    print(b.__name__, '__weakref__' in C.__dict__, '__dict__' in C.__dict__)
class I(int): pass
try: weakref.ref(I(5))
except TypeError as e: print(e)
class B(bool.__base__): pass
i = I(3); i.x = 1; print(i + 1, i.x, vars(i))
