class E(Exception):
    pass
class F(E):
    pass
raise F("custom sub")
