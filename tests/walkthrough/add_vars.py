x = 5
y = 10
print(x + y)
