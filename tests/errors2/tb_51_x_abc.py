x = "abc"
print(x[10])
