people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
nums = [5, -3, 2, -8, 1]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: n * n))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums.sort(key=lambda n: -n)
print(nums)
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"
items = [Item("b", 3), Item("a", 3), Item("c", 1)]
print(sorted(items, key=lambda i: (i.price, i.name)))
