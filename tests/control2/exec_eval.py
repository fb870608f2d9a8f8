print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)", ns)
print(ns["y"], "f" in ns)
code = compile("z = 10\nprint('compiled', z)", "<string>", "exec")
exec(code)
g = {"__builtins__": __builtins__}
exec("import sys\nresult = len('abcd')", g)
print(g["result"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    eval("undefined_var")
except NameError as e:
    print(e)
loc = {"a": 3}
exec("b = a * 2", {}, loc)
print(sorted(loc.items()))
print(eval("lambda q: q ** 2")(7))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
