print("before")
x = 10
y = x / 0
print("after")
