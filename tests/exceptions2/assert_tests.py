def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list"
except AssertionError as e:
    print(e)
assert True, "never"
assert 1 == 1
print("done")
try:
    t = (1, "tuple is truthy")
    assert t
    print("tuple assertion passed")
except AssertionError:
    print("no")
