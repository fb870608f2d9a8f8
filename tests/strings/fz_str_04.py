print(b"\xe2\x82\xac".decode(), b"abc".decode("ascii"), "😀".encode(), "😀".encode("utf-16-le"), b"\xff\xfe".decode("utf-16"))
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e: print(e)
try:
    "\ud800".encode()
except UnicodeEncodeError as e: print(e)
print("Straße".casefold() == "STRASSE".casefold(), "ﬀ".casefold(), "ΣΑΣ".casefold())
s = "The Quick Brown Fox"
print(s.index("Q"), s.rfind("o"), s.count("o", 0, 14), s.find(""), s.rfind(""), s.find("", 100), "".find(""))
