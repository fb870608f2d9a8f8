class A:
    """doc"""
    def m(self):
