def f(x):
    return x
data = {"k": [1, 2, {"z": None}]}
value = f(f(f(data["k"][2]["z"] + 1)))
