x: int = "a"
print(x)
del x
print(x)
