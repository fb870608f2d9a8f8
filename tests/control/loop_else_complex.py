def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
def count_down(n):
    while n > 0:
        n -= 1
        if n == 2:
            return "returned early"
    else:
        return "finished"
print(count_down(5), count_down(2))
for i in range(3):
    for j in range(3):
        if i + j == 3:
            print("pair", i, j)
            break
    else:
        continue
    break
print("outer done", i, j)
