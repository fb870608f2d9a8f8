print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 7
print("{0.x}".format(P()))
print("{:>8}|{:<8}|{:^8}".format("a", "b", "c"))
print("{:08.3f}".format(-3.14159))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{}} {}".format(5))
print("{:{}}|".format("x", 5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
print("{:d}".format(True), "{:,}".format(10**10))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print(e)
print(format(3.5, "08.2f"), format("s", "^5"), format(10, "x"))
print("{:=+10d}".format(42), "{:=10}".format(-42))
