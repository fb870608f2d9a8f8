def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
tests = [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00', b'a', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'=\xd8\x00\xde']
for t in tests:
    for enc in ['utf-16', 'utf-16-le', 'UTF-16BE']:
        show(lambda: t.decode(enc))
        show(lambda: t.decode(enc, 'replace'))
        show(lambda: t.decode(enc, 'surrogatepass'))
for t in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'a\x00\x00\x00', b'a\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00']:
    for enc in ['utf-32', 'utf-32-be', 'utf_32_le']:
        show(lambda: t.decode(enc))
        show(lambda: t.decode(enc, 'backslashreplace'))
for s in ['a\U0001f600', '\ud800', 'é', 'a\udcff']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8', 'latin-1', 'ascii']:
        for err in ['strict', 'replace', 'backslashreplace', 'surrogatepass', 'xmlcharrefreplace', 'surrogateescape', 'ignore']:
            show(lambda: s.encode(enc, err))
