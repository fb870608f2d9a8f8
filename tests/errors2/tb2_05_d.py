d = {}
del d["nope"]
