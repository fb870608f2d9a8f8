import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_"))
print(len(names))
print(names)
print(dir())
print(__cached__, __annotations__)
