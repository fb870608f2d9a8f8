# coding: cp1252
s = "€ “quoted” …"
print(s, len(s), ascii(s))
