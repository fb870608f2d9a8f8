class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        self.accounts[owner] = Account(owner, initial)
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
bank = Bank()
bank.open("ann", 100)
bank.open("ben")
for src, dst, amt in [("ann", "ben", 30), ("ben", "ann", 50), ("ann", "ben", 70)]:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("failed:", e)
for name, acct in sorted(bank.accounts.items()):
    print(name, acct.balance, acct.history)
