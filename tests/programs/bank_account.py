class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self.balance:.2f})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acc = Account(owner, initial)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50.5)
print(bank.transfer(alice.id, bob.id, 30))
print(bank.transfer(bob.id, alice.id, 500))
try:
    alice.deposit(-5)
except ValueError as e:
    print("error:", e)
for acc in sorted(bank.accounts.values(), key=lambda a: a.balance):
    print(acc, acc.history)
print(f"total: {bank.total():,.2f}")
