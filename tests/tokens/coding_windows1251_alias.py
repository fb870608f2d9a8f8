# coding: windows-1251
s = "Привет"
print(s, ascii(s))
