abs = 5
print(abz)
