d = {"a": {"b": 1}}
print(d["a"]["c"])
