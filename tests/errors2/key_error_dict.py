config = {"host": "localhost", "port": 80}
def get(key):
    return config[key]
print(get("host"))
print(get("user"))
