import builtins
names = [n for n in vars(builtins) if n not in ("copyright", "credits", "license", "help", "open", "memoryview", "exit", "quit")]
print(names)
