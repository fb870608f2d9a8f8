def validate(age):
    assert isinstance(age, int), "age must be an int"
    assert age >= 0, f"negative age: {age}"
validate(5)
validate(-2)
