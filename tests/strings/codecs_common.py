for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "ascii", "cp1252", "iso-8859-15", "utf8", "UTF-8", "latin1"]:
    try:
        b = "h€llo".encode(enc)
        print(enc, b, b.decode(enc))
    except (UnicodeError, LookupError) as e:
        print(enc, type(e).__name__, e)
print("abc".encode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), "é".encode("latin-1").decode("latin-1"))
print(b"\x80abc".decode("utf-8", "replace"), b"\x80abc".decode("utf-8", "ignore"), b"\x80abc".decode("utf-8", "backslashreplace"))
print("aé€".encode("ascii", "xmlcharrefreplace"), "aé€".encode("ascii", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
