def make():
    class Config:
        debug = True
        level = undefined_level
    return Config
make()
