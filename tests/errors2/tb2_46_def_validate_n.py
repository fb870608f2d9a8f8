def validate(n):
    if n < 0:
        raise ValueError(f"negative value: {n}")
    return n
for v in [1, 2, -3]:
    validate(v)
