# coding: shift_jis
s = "ソース 表示 \\ ~"
print(s, len(s), ascii(s))
