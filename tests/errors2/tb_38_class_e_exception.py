class E(Exception):
    __module__ = "mymod"
raise E("mod")
