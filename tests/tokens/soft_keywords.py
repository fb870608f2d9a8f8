match = 1
case = 2
_ = 3
print(match, case, _)
def match(x):
    return x * 2
print(match(5))
class case:
    pass
print(case.__name__)
type = "shadowed"
print(type)
del type
print(type(1).__name__)
_ = [i for i in range(3)]
print(_)
match_list = [1, 2]
print(match_list[0])
