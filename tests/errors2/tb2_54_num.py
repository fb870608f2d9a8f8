num = 5
num.real = 3
