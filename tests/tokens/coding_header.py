# -*- coding: utf-8 -*-
# A comment with unicode: ñ é ü
s = "ñandú"
print(s, len(s))
print("emoji:", "😀", len("😀"))
