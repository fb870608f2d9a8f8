assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("AssertionError", e)
try:
    x = 5
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(e)
