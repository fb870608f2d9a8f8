class Res:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close", exc[0].__name__)
with Res() as r:
    r.missing_method()
