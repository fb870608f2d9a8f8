import operator as op
import _operator
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(1, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-1), op.abs(-3), op.inv(5), op.invert(0))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.index(5), op.concat([1], [2]), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 7))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1))
x = [1]; y = op.iadd(x, [2]); print(x is y, x)
print(op.iadd(1, 2), op.imul(3, 4), op.isub(5, 1), op.iconcat([1], (2,)))
g = op.itemgetter(1); print(g([1, 2, 3]), g, op.itemgetter(0, 2)('abc'), repr(op.itemgetter('a', 1)))
class P:
    def __init__(self): self.x = 1; self.y = self
a = op.attrgetter('x'); print(a(P()), a, op.attrgetter('y.y.x', 'x')(P()), repr(op.attrgetter('a.b', 'c')))
m = op.methodcaller('split', ',', maxsplit=1); print(m('a,b,c'), repr(m), repr(op.methodcaller('f')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
for t in ["op.add(1)", "op.itemgetter()", "op.concat(1, 2)", "op.indexOf([1], 5)", "op.methodcaller()", "op.methodcaller(1)", "op.attrgetter(1)", "op.itemgetter(5)([1])", "op.length_hint(1, 'a')", "op.neg('a')"]:
    try: print(eval(t))
    except Exception as e: print(t, type(e).__name__, e)
print(op.__lt__ is op.lt, _operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('a', 'b'))
print(op.itemgetter(1).__reduce__(), op.attrgetter('a.b').__reduce__())
print(op.call(max, 1, 2))
