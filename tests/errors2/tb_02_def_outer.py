def outer():
    def inner():
        return [x.y for x in [1]]
    return inner()
outer()
