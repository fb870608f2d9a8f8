lst = [1]
x = (lst)[5]
