class Shape:
    def __init__(self):
        self.width = 3
        self.height = 4
    def area(self):
        return self.widht * self.height
print(Shape().area())
