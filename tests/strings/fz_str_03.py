print("{0.real} {0.imag}".format(3+4j), "{a[0]}{a[1]}".format(a="xy"), "{0[a]}".format({"a": 5}), "{:{}{}}".format(1, ">", 4))
print(repr("\x00\x1f\x7f\x80\x9f\xa0\xad\u0378\ufeff\U000e0001\U0010ffff"))
print(repr("\u00e9\u0300\u2029\u3000\ud7ff"), ascii("\u2029"), repr("a\\b"))
print("abc".encode("utf-16"), "abc".encode("utf-32-le"), "é".encode("latin-1"), "€".encode("cp1252"), "x".encode("ascii"))
