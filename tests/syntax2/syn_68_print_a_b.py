print("a" "b" 'c')
x = 1 if True else
