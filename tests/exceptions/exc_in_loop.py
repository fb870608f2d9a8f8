data = ["1", "2", "x", "4", "", "6"]
total = 0
bad = 0
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        bad += 1
        print("skip:", e)
print(total, bad)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stop at", i)
        break
def first_negative(nums):
    try:
        for n in nums:
            if n < 0:
                raise ValueError(n)
    except ValueError as e:
        return e.args[0]
    return None
print(first_negative([1, -2, -3]), first_negative([1]))
