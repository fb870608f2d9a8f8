# Codec odds and ends: namereplace, CPython's wrapping of handler errors for registry codecs, argument errors, translate/hex helpers.
tests = [
 lambda: "abc".translate({97: "xy", 98: None}), lambda: str.maketrans("ab", "cd", "e"), lambda: str.maketrans({"a": 1}),
 lambda: "abc".translate(str.maketrans("abc", "\u20ac\U0001f600x")), lambda: b"abc".translate(None, b"b"),
 lambda: bytes.maketrans(b"ab", b"cd"), lambda: b"\x00\xff".hex(":"), lambda: b"abcdef".hex("-", 2), lambda: b"abcdef".hex("-", -4),
 lambda: bytes.fromhex("de ad be ef"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytearray.fromhex("01 02"),
 lambda: "a\tb\tc".expandtabs(4), lambda: "ß".casefold(), lambda: "ﬁ".upper(), lambda: "İ".lower(), lambda: "-42".zfill(6),
 lambda: "a,b,c".rpartition(","), lambda: "abc".removeprefix("a"), lambda: b"abc".removesuffix(b"c"), lambda: "ABC".swapcase(),
 lambda: "hello world".title(), lambda: "they're bill's".title(), lambda: "abc".center(9, "*"), lambda: "x".encode("utf-16-be").decode("utf_16be"),
 lambda: str(b"abc", "ascii"), lambda: str(b"\xff", "ascii", "replace"), lambda: str(bytearray(b"x"), encoding="latin1"),
 lambda: bytes("é", "cp1252"), lambda: bytearray("€", "cp1252"), lambda: "%s" % b"x", lambda: "{!a}".format("é"),
 lambda: "a".encode(errors="strict"), lambda: "a".encode(encoding="koi8-r"), lambda: b"\xc1".decode("koi8-r"),
 lambda: "é".encode("ascii", "namereplace"), lambda: "é\u20ac".encode("latin-1", errors="namereplace"), lambda: "é".encode("cp1252", "namereplace"),
 lambda: b"a\xffb".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"), lambda: str(1, "x"), lambda: str(b"a", 1),
 lambda: b"%s" % "x", lambda: b"abc".center(7, b"-"), lambda: bytes(3), lambda: bytes([1, 256]), lambda: bytes("x"),
 lambda: "abc".encode(None), lambda: "x".isascii(), lambda: "١٢".isdecimal(), lambda: int("١٢"), lambda: "Ⅻ".isnumeric(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["a\xe9\u20ac\U0001f600\udc80\x00\U000e0100\uac00\u4e00\U0010ffff", "\x80"]:
    for enc in ["ascii", "latin-1", "cp1252", "utf-16-le", "koi8_r"]:
        try:
            print(enc, s.encode(enc, "namereplace"))
        except Exception as e:
            print(type(e).__name__, e)
for enc in ["ascii", "utf-8", "cp1252", "utf-16"]:
    try:
        print(b"\xff\x81\xff".decode(enc, "namereplace"))
    except Exception as e:
        print(type(e).__name__, e)
for enc in ['utf-16','utf-16-le','utf-32','utf_16','UTF-16','utf16', 'utf-32-be','cp1252','latin1','u8','utf8','UTF8','latin_1','iso-8859-1', 'us-ascii', 'l1', '646', 'utf-8-sig', 'unicode_escape', 'Latin-1', 'ISO_8859-1', 'U8', 'utf 8']:
  try: print(b'\xff\x81\xff'.decode(enc, 'namereplace'))
  except Exception as e: print(enc, e)
  try: '\udcff\u20ac'.encode(enc, 'bogus')
  except Exception as e: print(enc, e)
