# coding: koi8-r
s = "привет"
print(s, len(s), ascii(s))
