def parse(items):
    return [int(x) for x in items]
print(parse(["1", "2"]))
print(parse(["3", "four"]))
