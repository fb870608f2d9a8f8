import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.nsmallest(2, [5, 1, 9]), heapq.nlargest(2, [5, 1, 9]))
data = [3, 1, 2]; heapq.heapify(data); print(data)
a = [1, 3, 5, 7]
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 4))
bisect.insort(a, 4); print(a)
