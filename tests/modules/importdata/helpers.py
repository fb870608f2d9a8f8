def double(x):
    return 2 * x


print("importing", __name__, __package__)
