def total(prices, qty):
    return prices["apple"] * qty + prices["pear"] * qty / (qty - qty)
print(total({"apple": 1, "pear": 2}, 3))
