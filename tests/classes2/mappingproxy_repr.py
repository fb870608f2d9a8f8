import types
from collections import OrderedDict
m = types.MappingProxyType({'a': 1, 'b': [2]})
print(repr(m)); print(str(m)); print(f"{m}"); print([m])
print(repr(types.MappingProxyType(OrderedDict(x=1))))
class C: pass
print(type(C.__dict__).__name__, repr(C.__dict__).startswith("mappingproxy({"))
