x = 5
print(r"raw\n", R"RAW\t", u"unicode", U"UNI", b"bytes", B"BYTES")
print(rb"rb\x00", br"br\x00", Rb"Rb", bR"bR", RB"RB", BR"BR", rB"rB", Br"Br")
print(f"f{x}", F"F{x}", rf"rf\n{x}", fr"fr\n{x}", Rf"Rf{x}", fR"fR{x}", RF"RF{x}", FR"FR{x}", rF"{x}", Fr"{x}")
print(r'\'', r"\"", r'\\', len(r'\n'), len('\n'))
print(b'\x41\x42', b"a" + b"b", len(b"\xff"), b"\\", list(b"AZ"))
print('single', "double", '''triple single''', """triple double""")
print(r"""raw
triple""", b'''bytes triple''')
