s = """line one
line two
  indented "quotes" and 'single'
"""
print(s)
print(len(s), s.count("\n"))
t = '''has """ inside'''
print(t)
u = """ends with quote\""""
print(u)
v = """\
no leading newline"""
print(v)
doc = """a
\tb"""
print(repr(doc))
