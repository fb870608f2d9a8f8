def outer():
    def inner():
        return value
    result = inner()
    value = 5
    return result
outer()
