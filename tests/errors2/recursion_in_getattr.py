class Lazy:
    def __getattr__(self, name):
        return getattr(self, "_" + name)
Lazy().value
