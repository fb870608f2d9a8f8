class A:
    def __init__(self):
        self.x = A()
A()
