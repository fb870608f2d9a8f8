names = ["ann", None, "bob"]
print(list(map(lambda s: s.title(), names)))
