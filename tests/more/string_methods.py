text = "the quick brown fox jumps over the lazy dog"
words = text.split()
print(len(words), words[:3])
print(" ".join(w.capitalize() for w in words))
print(",".join(sorted(set(words))))
counts = {}
for ch in text.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("{:>10}|{:<10}|{:^10}".format("right", "left", "mid"))
print("{0}-{1}-{0}".format("a", "b"), "{name} is {age}".format(name="Al", age=3))
print("{:.2f} {:,} {:08.3f} {!r}".format(3.14159, 10 ** 6, 2.5, "s"))
print("CSV: " + ";".join(str(i) for i in range(5)))
print("  x  ".strip(), "abc".upper().lower(), "a-b-c".split("-", 1))
print("hello world".find("o", 5), "hello"[::-1].upper())
print(str.maketrans("ab", "xy"), "aabb".translate(str.maketrans("ab", "xy")))
