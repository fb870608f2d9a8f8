import heapq, bisect
tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "alpha")]
heapq.heapify(tasks)
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h, list(heapq.merge([1, 4], [2, 3], [0])))
print(heapq.nlargest(3, ["a", "bbb", "cc", "dddd"], key=len), heapq.nsmallest(1, [(2, "x"), (1, "y")]))
grades = "FDCBA"
def grade(score, breakpoints=(60, 70, 80, 90)):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, lo=3), bisect.bisect(a, 0))
bisect.insort_left(a, 4); bisect.insort(a, 5)
print(a, bisect.bisect_left([(1, "a"), (3, "c")], (2,)), bisect.bisect([1, 2, 3], 2, key=None))
