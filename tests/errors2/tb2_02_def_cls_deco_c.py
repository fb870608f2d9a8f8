def cls_deco(c):
    return c.missing
@cls_deco
class A:
    pass
