text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("words:", len(words), "unique:", len(counts))
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<10}{c:>3} {'#' * c}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
letters = [c for c in text.lower() if c.isalpha()]
freq = sorted(((letters.count(c), c) for c in set(letters)), reverse=True)[:5]
print(freq)
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
