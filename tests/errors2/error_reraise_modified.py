def risky():
    return int("12x")
try:
    risky()
except ValueError as e:
    e.args = ("modified: " + e.args[0],)
    raise
