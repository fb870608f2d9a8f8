print([].pop())
