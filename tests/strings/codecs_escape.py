# unicode_escape / raw_unicode_escape (random escapes, all error handlers) and utf-8-sig.
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 8) % n
alpha = b"\\\\\\\\xuUN0127fa\n'\"tnr"  # no invalid escapes: they warn (stderr)
names = [b"\\N{DASH}", b"\\N{EM DASH}", b"\\N{LATIN SMALL LETTER A}", b"\\N{", b"\\N{}", b"\\N", b"\\U00110000", b"\\U0010ffff", b"\\x", b"\\u00e9"]
for k in range(120):
    parts = []
    for _ in range(rnd(8)):
        parts.append(names[rnd(len(names))] if rnd(5) == 0 else alpha[rnd(len(alpha)):][:1])
    b = b"".join(parts)
    for enc in ["unicode_escape", "raw_unicode_escape"]:
        for h in ["strict", "replace", "backslashreplace", "ignore"]:
            try:
                r = ascii(b.decode(enc, h))
            except Exception as e:
                r = "%s %s" % (type(e).__name__, e)
            print(enc, h, b, r)
for s in ["a\\b\t\n\r\x00\x7f\x80\xff\u0100\uffff\U00010000\U0010ffff'\"", "\ud800x"]:
    print(s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
    print(ascii(s.encode("unicode_escape").decode("unicode_escape")), ascii(s.encode("raw_unicode_escape").decode("raw_unicode_escape")))
for b in [b"\xef\xbb\xbfabc", b"abc", b"\xef\xbb\xbf\xff", b"\xef\xbb", b""]:
    try:
        print(ascii(b.decode("utf-8-sig")), ascii(b.decode("UTF-8-SIG", "replace")))
    except UnicodeDecodeError as e:
        print(e, e.object)
print("a\xe9".encode("utf-8-sig"), "".encode("utf_8_sig"), "\ud800".encode("utf-8-sig", "surrogatepass"))
try:
    "\ud800".encode("utf-8-sig")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\\x4".decode("unicode_escape", "xmlcharrefreplace")
except TypeError as e:
    print(e)
