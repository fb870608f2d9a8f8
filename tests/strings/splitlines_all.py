s = "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(keepends=True))
print("x\x0b\x0cy".splitlines(), "\x0b".splitlines(), "no breaks".splitlines(), "".splitlines(), "\n".splitlines())
print(b"a\x0bb\x0cc\r\nd".splitlines(), b"a\rb".splitlines(True))
