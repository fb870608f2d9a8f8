print(*(1, 2), *[3], sep="|")
print(**{"sep": "-"}, end="!\n")
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner()
print(outer(), x)
try:
    pass
except* ValueError:
    pass
print("except* with no raise")
print(not not 1, - - 1, + - + 1, ~ ~ 5, not -1)
