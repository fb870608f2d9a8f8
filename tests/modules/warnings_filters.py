import warnings
def show(message, category, filename, lineno, file=None, line=None):
    print("W", category.__name__, message, filename.rsplit('/', 1)[-1], lineno)
warnings.showwarning = show
def f():
    warnings.warn("careful", stacklevel=2)
for i in range(3): f()
f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(UserWarning("instance"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1"); warnings.warn("rec1", SyntaxWarning)
    print(len(w), [x.category.__name__ for x in w], str(w[0].message), w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e: print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3): warnings.warn("o1")
    warnings.warn("o1")
    print(len(w))
warnings.simplefilter("ignore")
warnings.warn("hidden")
try: warnings.warn("x", int)
except TypeError as e: print(e)
print("done")
