import heapq, bisect, _heapq, _bisect
print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], h)
l = [9, 1, 8, 2, 7, 3, 6]; heapq.heapify(l); print(l, heapq.heapreplace(l, 5), l, heapq.heappushpop(l, 0), heapq.heappushpop(l, 10), l)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]), list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
print(heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
m = [3, 1, 4, 1, 5]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
for bad in ["heapq.heappop([])", "heapq.heappush(1, 2)", "heapq.heapreplace([], 1)", "heapq.heappush([1], 'a')", "heapq.heapify()"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
for bad in ["bisect.bisect(a, 1, -1)", "bisect.bisect(1, 1)", "bisect.bisect()", "bisect.insort((1,), 1)"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
data = [(i * 7919) % 1000 for i in range(500)]
h = []
for d in data: heapq.heappush(h, d)
print(sum(heapq.heappop(h) * i for i in range(len(h))))
s = sorted(data); print(all(bisect.bisect_left(s, v) == s.index(v) for v in data[:100]))
