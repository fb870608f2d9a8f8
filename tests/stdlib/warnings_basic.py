import warnings
warnings.warn("careful")
def f():
    warnings.warn("inside f", UserWarning, stacklevel=2)
f()
warnings.warn("dep", DeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
print("after warn")
