print("ǅ".title(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower())
print("hello world".title(), "hello's".title(), "1st 2nd".title(), "aBC dEF".swapcase(), "mañana".capitalize())
print("a\u0301".isalpha(), "\u00bd".isnumeric(), "Ⅷ".isnumeric(), "\u2028".isspace(), "\x1c".isspace(), "١".isdecimal())
print("x".center(4, "ab") if False else "x".center(4), "abc".rjust(2), "".center(3, "-"), "a".zfill(3), "-".zfill(3), "+".zfill(2))
