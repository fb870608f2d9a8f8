total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,   # comment inside
    3,
]
print(values)
d = {
    "a": 1,

    "b": 2
}
print(d)
result = (10
          - 4
          * 2)
print(result)
if total > 5 and \
   total < 10:
    print("joined condition")
call = max(1,
           5,
           3)
print(call)
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
