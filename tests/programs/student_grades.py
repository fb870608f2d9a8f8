records = """alice,math,91
bob,math,78
alice,physics,85
carol,math,88
bob,physics,64
carol,physics,95
dave,math,55
alice,chem,72"""
by_student = {}
by_subject = {}
for line in records.splitlines():
    name, subj, score = line.split(",")
    score = int(score)
    by_student.setdefault(name, {})[subj] = score
    by_subject.setdefault(subj, []).append(score)
def grade(avg):
    for cutoff, letter in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return letter
    return "F"
print(f"{'name':8}|{'avg':>7}|grade|subjects")
for name in sorted(by_student, key=lambda n: -sum(by_student[n].values()) / len(by_student[n])):
    scores = by_student[name]
    avg = sum(scores.values()) / len(scores)
    print(f"{name:8}|{avg:7.2f}|{grade(avg):^5}|{','.join(sorted(scores))}")
for subj, scores in sorted(by_subject.items()):
    mean = sum(scores) / len(scores)
    var = sum((s - mean) ** 2 for s in scores) / len(scores)
    print(subj, len(scores), round(mean, 2), round(var ** 0.5, 3), max(scores) - min(scores))
top = max(((n, s, sc) for n, d in by_student.items() for s, sc in d.items()), key=lambda t: t[2])
print("top:", top)
