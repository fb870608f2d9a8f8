rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for i, row in enumerate(rows):
    cells = []
    for w, cell in zip(widths, row):
        cells.append(str(cell).ljust(w) if isinstance(cell, str) else str(cell).rjust(w))
    print(" | ".join(cells))
    if i == 0:
        print("-+-".join("-" * w for w in widths))
total = sum(q * p for _, q, p in rows[1:])
print(f"total: {total:.2f}")
