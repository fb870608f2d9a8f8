def key(item):
    return item[1]
pairs = [(1, "b"), (2,), (3, "a")]
print(sorted(pairs, key=key))
