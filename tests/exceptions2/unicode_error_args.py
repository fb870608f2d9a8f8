for a in [('utf-8', bytearray(b'ab'), 1, 2, 'x'), ('utf-8', memoryview(b'ab'), 1, 2, 'x'), (1, b'a', 1, 2, 'x'), ('u', b'a', 'x', 2, 'r'), ('u', b'a', 1, 2, 3), ('u', b'a', True, 2, 'r'), ('u', 'a', 1, 2, 'r')]:
    try: e = UnicodeDecodeError(*a); print(repr(e.object), e.start, type(e.start), str(e))
    except TypeError as e: print(e)
for a in [('u', 'a', 1, 2, 'r'), ('u', b'a', 1, 2, 'r'), ('u', 'ab', 0, 1, 'r', 5)]:
    try: e = UnicodeEncodeError(*a); print(repr(e.object), str(e))
    except TypeError as e: print(e)
try: UnicodeTranslateError(b'a', 1, 2, 'x')
except TypeError as e: print(e)
print(str(UnicodeTranslateError('ab', 0, 1, 'x')))
