import types, sys
m = types.ModuleType('q')
print(sorted(vars(m)))
print(m.__annotations__, sorted(vars(m)))
m.__annotations__ = {'a': 1}; print(m.__annotations__)
del m.__annotations__
try: del m.__annotations__
except AttributeError as e: print('AE', e)
print(sorted(vars(m)), sys.__annotations__)
for a in [(), (1,), ('a', 1, 2)]:
    try: types.ModuleType(*a)
    except TypeError as e: print(e)
print(types.ModuleType('a', 5).__doc__)
