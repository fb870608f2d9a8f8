class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
print([c.plugin_name for c in Plugin.registry])
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(G[int], G["x"])
print(list[int], dict[str, int], tuple[int, ...])
class WithOrder:
    b = 1
    a = 2
    def m(self): pass
print([k for k in WithOrder.__dict__ if not k.startswith("__")])
class Abstract:
    def __init_subclass__(cls):
        if "run" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define run")
try:
    class Bad(Abstract):
        pass
except TypeError as e:
    print(e)
