def outer():
    def middle():
        def inner():
            raise TypeError("deep")
        return inner()
    return middle()
outer()
