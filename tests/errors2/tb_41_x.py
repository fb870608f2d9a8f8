x = 5
x.bar()
