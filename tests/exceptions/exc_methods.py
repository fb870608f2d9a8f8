class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
acct = Account(100)
print(acct.withdraw(30))
try:
    acct.withdraw(500)
except ValueError as e:
    print("error:", e)
print(acct.balance)
class Parser:
    def parse(self, s):
        try:
            return int(s)
        except ValueError:
            raise SyntaxError("bad number " + repr(s)) from None
try:
    Parser().parse("12a")
except SyntaxError as e:
    print(type(e).__name__, e)
