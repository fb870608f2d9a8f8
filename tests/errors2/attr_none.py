def find(items, key):
    for i in items:
        if i == key:
            return i
result = find(["a", "b"], "c")
print(result.upper())
