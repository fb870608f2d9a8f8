result = (
    1
    +
    "x"
)
