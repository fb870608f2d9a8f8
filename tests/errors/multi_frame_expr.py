def divide(a, b):
    return a / b
def average(values):
    return divide(sum(values), len(values))
def report(data):
    result = average(data) * 2
    return result
print(report([1, 2, 3]))
print(report([]))
