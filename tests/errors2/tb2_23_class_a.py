class A:
    def __init__(self):
        self.x = self.compute()
    def compute(self):
        return 1 / 0
obj = A()
