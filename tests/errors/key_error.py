ages = {"alice": 30, "bob": 25}
print(ages["alice"])
print(ages["carol"])
