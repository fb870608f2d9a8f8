import unicodedata as u
chars = 'aZ1 \u00e9\u0300\u05d0\u0661\u2167\u00bd\u4e00\uac00\U0001f600\x00\u200b\u0378\U000e0001\u2028\u00a0,.-+$'
for c in chars:
    print(repr(c), u.name(c, '?'), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.mirrored(c), u.decimal(c, None))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for s in ['e\u0301', '\u00e9', '\ufb01', '\u2167', 'A\u030a\u0327', '\uac00', 'plain']:
        print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s))
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('snowman'), u.unidata_version)
for t in ['u.name("")', 'u.name("ab")', 'u.lookup("FOO BAR")', 'u.category("ab")', 'u.normalize("X", "a")', 'u.decimal("a")', 'u.name("\\x00")', 'u.category(1)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
print(u.mirrored('('), u.category('\U0010ffff'), u.name('\u4e00'), u.name('\uac01'))
