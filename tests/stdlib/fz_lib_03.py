import time
t = time.perf_counter()
print(type(t).__name__, time.gmtime(0).tm_year, time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)))
import heapq, bisect, keyword, math, operator
print(heapq.nlargest(2, [1, 5, 3]), bisect.bisect([1, 3], 2), keyword.iskeyword("for"), keyword.kwlist[:3], math.comb(5, 2))
