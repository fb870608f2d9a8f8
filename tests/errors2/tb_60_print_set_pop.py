print(set().pop())
