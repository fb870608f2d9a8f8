class A:
    def __bool__(self):
        return bool(self)
bool(A())
