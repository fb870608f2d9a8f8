words = ["apple", "banana", "cherry"]
out = ""
for w in words:
    out += w[0].upper() + w[1:] + " "
print(out.strip())
acc = []
for i, ch in enumerate("hello"):
    acc.append(f"{i}:{ch}")
print(",".join(acc))
print("".join(reversed("stressed")))
print(" ".join(w[::-1] for w in "hello big world".split()))
print({c: "mississippi".count(c) for c in "misp"})
vowels = sum(1 for c in "The quick brown fox" if c.lower() in "aeiou")
print(vowels)
s = ""
for i in range(1000):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
print("-".join(map(str, range(5))))
print("abc".__add__("def"), "ab".__mul__(2), "b".__contains__ if False else "ok")
print(str(), repr(str()), str("x"), str(b"x", "ascii"))
print("CamelCaseString".lower().count("s"))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
