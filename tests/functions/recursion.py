def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a, b, c, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, a, c, b, moves)
    moves += 1
    return hanoi(n - 1, c, b, a, moves)
print(hanoi(10, "A", "B", "C", 0))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
