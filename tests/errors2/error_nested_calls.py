def level3(d):
    return d["missing_key"]
def level2(d):
    x = level3(d)
    return x
def level1():
    return level2({"present": 1})
level1()
