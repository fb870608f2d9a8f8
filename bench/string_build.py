# String building: concatenation, join, f-strings, slicing, str().
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def pieces(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 2};")
    return "".join(parts)


def slices(s, n):
    count = 0
    for i in range(n):
        j = i % (len(s) - 5)
        chunk = s[j:j + 5]
        if chunk[0] == "7":
            count += 1
        count += len(chunk[::-1])
    return count


def words(n):
    total = 0
    for i in range(n):
        line = "word" + str(i) + " other " + repr(i * 0.5)
        total += len(line.upper()) + line.count("o")
    return total


s = build(1200000)
p = pieces(800000)
print(len(s), s[-10:], len(p), p[-12:], slices(s, 1200000), words(600000))
