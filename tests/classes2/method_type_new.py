import types
def f(self, x=1): return (self, x)
for a in [(f,None),(1,2),(f,)]:
    try: types.MethodType(*a)
    except Exception as e: print(type(e).__name__, e)
try: types.MethodType(f, 1, x=1)
except Exception as e: print(type(e).__name__, e)
m = types.MethodType(f, 5)
print(m(), m(2), m.__self__, m.__func__ is f, type(m) is types.MethodType)
print(types.MethodType(len, [1, 2])())
