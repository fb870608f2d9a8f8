def compute():
    total = 0
    for i in range(3):
        total += valeu
    return total
value = 1
compute()
