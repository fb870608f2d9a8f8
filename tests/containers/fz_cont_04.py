s = {1, 2, 3}
s.difference_update({1}); s.intersection_update({2, 3, 4}); s.symmetric_difference_update({3, 5})
print(s, s.copy(), {1, 2}.isdisjoint({3}), len(set()), 1 in frozenset([1]))
t = (1, 2, 3)
print(t[::-1], t[1:], t * 2, t + (4,), t.index(2), tuple(reversed(t)), sum(t), t == (1, 2, 3), t < (1, 3))
print((1,) * -1, () * 5, (1, 2) + (), tuple(tuple([1])), (1, (2, [3])), ((),), repr((1, 2)))
try:
    (1, 2) + [3]
except TypeError as e: print(e)
try:
    [1] + (2,)
except TypeError as e: print(e)
try:
    (1, 2)[5]
except IndexError as e: print(e)
try:
    ()[0]
except IndexError as e: print(e)
