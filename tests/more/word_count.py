text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
freq = {}
for line in text.splitlines():
    for word in line.lower().replace(",", "").split():
        freq[word] = freq.get(word, 0) + 1
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:12} {n:3} {'*' * n}")
print("distinct:", len(freq), "total:", sum(freq.values()))
