import dis
def f():
    import os
    from sys import path as p
    return os, p
dis.dis(f)
