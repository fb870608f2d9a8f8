class X: pass
class Y: pass
class P(X, Y): pass
try: Y.__bases__ = (X,)
except TypeError as e: print(e)
print(Y.__mro__, P.__mro__, Y.__bases__, Y.__base__, X.__subclasses__(), object.__subclasses__().count(Y))
class Z(Y): pass
Y.__bases__ = (object,)
print(Z.__mro__)
class M(type):
    def mro(cls):
        if getattr(cls, 'boom', False): raise ValueError('boom')
        return type.mro(cls)
class Q(metaclass=M): pass
class R(Q): pass
R.boom = True
try: Q.__bases__ = (object,)
except ValueError as e: print('VE', e)
print(R.__mro__, Q.__mro__)
