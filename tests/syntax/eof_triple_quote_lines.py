x = 1
doc = """first
second

third
