# The _codecs module behind codecs.py: lookup, encode/decode, error handlers, incremental and stream codecs.
import codecs
print(codecs.lookup("latin-1").name, codecs.lookup("utf8").name, codecs.lookup("UTF-16LE").name)
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"a\xc3")), repr(d.decode(b"\xa9b")), repr(d.decode(b"", final=True)))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"))
print(codecs.decode(b"\\x41\\n", "unicode_escape"), codecs.encode("é", "unicode_escape"))
print(codecs.encode("€", "cp437", "replace"), codecs.decode(b"\x80\x81", "cp437"))
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "aé", 1, 2, "x")))
print(codecs.lookup_error("backslashreplace")(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "x")))
print(codecs.lookup_error("replace")(UnicodeDecodeError("ascii", b"a\xff\xfe", 1, 3, "x")))
try:
    codecs.lookup("nosuch")
except LookupError as e:
    print(e)
try:
    codecs.lookup_error("nosuch")
except LookupError as e:
    print(e)
import io
r = codecs.getreader("utf-8")(io.BytesIO("héllo\nwörld\n".encode()))
print(r.readline(), r.read())
print(codecs.iterdecode([b"a", b"\xc3", b"\xa9"], "utf-8").__class__.__name__, "".join(codecs.iterdecode([b"a", b"\xc3", b"\xa9"], "utf-8")))
print(b"x".decode("utf-8-sig"), codecs.BOM_UTF16_LE)
for enc in ["cp1252", "koi8_r", "mac_roman", "cp437", "cp850", "iso8859_15", "utf-8", "utf-16", "utf-32-le", "latin-1", "ascii", "unicode_escape", "mac_arabic", "cp1006"]:
    for s in ["héllo", "\u20ac", "abc"]:
        try:
            b = codecs.encode(s, enc)
            print(enc, b, codecs.decode(b, enc), codecs.lookup(enc).name)
        except Exception as e:
            print(enc, type(e).__name__, e)
    try:
        w = codecs.getwriter(enc)
        print(enc, w.__name__)
    except Exception as e:
        print(enc, type(e).__name__, e)
print(codecs.encode(b"abc", "hex") if False else codecs.encode("Hello", "rot_13"))
print(sorted(n for n in dir(codecs) if not n.startswith("_"))[:12])
