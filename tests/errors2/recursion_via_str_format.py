class A:
    def __str__(self):
        return "A" + str(self)
print(A())
