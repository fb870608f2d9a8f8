items = [1, 2]
print(f"value: {items[2]}")
