lst = [1]
x = (lst + [2])[5]
