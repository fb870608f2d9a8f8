# Imports: packages, submodules, relative imports, from-import, caching in sys.modules, errors.
import sys
import importdata
print(importdata.NAME, importdata.double(4))
import importdata.sub.leaf
print(importdata.sub.leaf.LEAF, importdata.sub.VALUE)
from importdata.sub import leaf as L, VALUE
print(L.LEAF, VALUE, L is sys.modules["importdata.sub.leaf"])
import importdata as again
print(again is importdata, "importdata.helpers" in sys.modules)
from importdata import helpers
print(helpers.double(5), helpers.__name__)
for stmt in ["import no_such_module", "from importdata import missing_name",
             "import importdata.no_such_sub", "from importdata.sub import nope"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
