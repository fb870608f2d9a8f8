class Product:
    def __init__(self, sku, name, price, stock=0):
        self.sku, self.name, self.price, self.stock = sku, name, price, stock
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.stock})"
class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []
    def add(self, p):
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p
    def restock(self, sku, n):
        self.products[sku].stock += n
        self.log.append(("restock", sku, n))
    def sell(self, sku, n):
        p = self.products.get(sku)
        if p is None:
            raise LookupError(f"unknown sku {sku}")
        if p.stock < n:
            raise ValueError(f"only {p.stock} {p.name} left")
        p.stock -= n
        self.log.append(("sell", sku, n))
        return round(p.price * n, 2)
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<10}{'Price':>8}{'Stock':>6}"]
        for p in sorted(self.products.values(), key=lambda p: p.name):
            lines.append(f"{p.sku:<6}{p.name:<10}{p.price:>8.2f}{p.stock:>6d}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "apple", 0.5, 100), ("B2", "bread", 2.25, 10), ("C3", "cheese", 7.8)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "avocado", 1))
except KeyError as e:
    print("KeyError:", e)
revenue = 0
for sku, n in [("A1", 30), ("B2", 11), ("C3", 1), ("Z9", 1), ("B2", 4)]:
    try:
        revenue += inv.sell(sku, n)
    except (ValueError, LookupError) as e:
        print(f"cannot sell {n} x {sku}: {e}")
inv.restock("C3", 5)
print(inv.report())
print("revenue:", revenue, inv.log)
