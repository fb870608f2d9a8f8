count = 5
label = "items: "
print(label + count)
