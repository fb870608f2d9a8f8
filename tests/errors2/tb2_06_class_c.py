class C:
    pass
del C().attr
