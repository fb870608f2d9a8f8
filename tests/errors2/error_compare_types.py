scores = [3, "7", 5]
print(max(scores))
