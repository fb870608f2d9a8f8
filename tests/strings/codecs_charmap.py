# Single-byte (charmap) codecs: tables, error handlers, CPython's messages and name aliases.
codecs = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
          "cp1258", "cp437", "cp850", "cp866", "koi8_r", "koi8_u", "mac_roman", "mac_arabic",
          "cp1006", "iso8859_2", "iso8859_3", "iso8859_5", "iso8859_7", "iso8859_8",
          "iso8859_11", "iso8859_15", "iso8859_16", "tis_620", "hp_roman8"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "surrogateescape", "surrogatepass", "bogus"]
allbytes = bytes(range(256))
samples = ["h\u20acllo", "a\u0100\u0101b", "\u0410\u0411 \u05d0", "x\udc81\udcffy", "\ufffe ",
           "\xe9\xa0\U0001f600", "  \u03a9"]
for c in codecs:
    d = allbytes.decode(c, "surrogateescape")
    print(c, ascii(d[128:]), d.encode(c, "surrogateescape") == allbytes)
for c in ["cp1252", "cp1251", "koi8_r", "mac_arabic", "cp1006", "iso8859_3"]:
    for h in handlers:
        try:
            print(" D", h, ascii(b"a\x81\x8d\x90\xa1\xa5\xdb\xff".decode(c, h)))
        except Exception as e:
            print(" D", h, type(e).__name__, e, type(e.__cause__).__name__)
        for s in samples:
            try:
                print(" E", h, ascii(s), s.encode(c, h))
            except UnicodeEncodeError as e:
                print(" E", h, ascii(s), e, e.start, e.end, e.encoding)
            except Exception as e:
                print(" E", h, ascii(s), type(e).__name__, e)
for name in ["latin1", "cp-1252", "windows-1252", "ISO8859-15", "iso-8859-15", "ISO_8859-15",
             "iso8859.15", "Latin-9", "l9", "koi8-r", "KOI8_U", "mac-roman", "macintosh", "IBM437",
             "437", "850", "windows_1250", "1251", "greek", "hebrew", "arabic", "cyrillic",
             "latin2", "L2", "latin10", "rot13", "rot-13", "hex", "zlib", " cp1252 ", "cp1252.",
             "windows 1252", "iso-ir-100", "tis620", "nosuch"]:
    for f in (lambda: "a\xe9".encode(name), lambda: b"a\xe9".decode(name)):
        try:
            print(name, ascii(f()))
        except Exception as e:
            print(name, type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print(e, e.__cause__)
try:
    b"\xff\xd8".decode("utf-16-le", "xmlcharrefreplace")
except TypeError as e:
    print(e, repr(e.__cause__))
try:
    "\udcff\ufffe\udcff".encode("latin-1", "surrogateescape")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
