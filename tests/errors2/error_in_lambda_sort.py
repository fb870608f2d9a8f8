data = [{"name": "a", "age": 3}, {"name": "b"}]
result = sorted(data, key=lambda d: d["age"])
