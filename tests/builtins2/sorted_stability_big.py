seed = 7
recs = []
for i in range(2000):
    seed = (seed * 48271) % 2147483647
    recs.append((seed % 10, i))
s = sorted(recs, key=lambda r: r[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(s[:5], s[-3:])
r = sorted(recs, key=lambda r: r[0], reverse=True)
print(r[:5])
words = ["b%d" % (i % 7) for i in range(50)]
print(sorted(words)[:10], sorted(set(words)))
nums = [(-1) ** i * i * 0.5 for i in range(20)]
nums.sort()
print(nums)
l = list(range(20, 0, -1))
l.sort(key=lambda x: x % 5)
print(l)
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), sorted(["", "a", "A", "ab", "B"]))
