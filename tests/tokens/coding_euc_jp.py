# coding: euc-jp
s = "あいう 漢字 \\ ~"
print(s, len(s), ascii(s))
