class Outer:
    class Err(Exception):
        pass
raise Outer.Err("nested")
