def avg(xs):
    return sum(x / len(xs) for x in xs) / 0
nums = [1, 2, 3]
print(avg(nums))
