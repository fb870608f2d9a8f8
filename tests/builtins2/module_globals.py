"""Module docstring here."""
import sys
print(__name__, __doc__, __file__.endswith("module_globals.py"))
print(type(__builtins__).__name__ in ("module", "dict"))
if __name__ == "__main__":
    print("running as main")
def f():
    pass
print(f.__module__, f.__globals__ is globals(), sys.modules["__main__"].__name__)
print(__spec__ is None, __package__)
import builtins
print(builtins.len is len, builtins.__name__)
print(sorted(k for k in globals() if not k.startswith("_")))
