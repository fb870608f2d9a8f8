import json
data = {"name": "pvm", "nums": [1, 2.5, None, True], "nested": {"k": "v"}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(s) == data, json.loads('[1, "two", {"3": 4.0}]'))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("error:", e)
