try:
    b'a\xffb'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e), repr(e))
try:
    'a\u20acb'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e), e.args)
try:
    '\ud800'.encode()
except UnicodeError as e:
    print(type(e).__name__, e)
print(b'%d %s %r %x %c %5.1f' % (5, b'ab', 'x', 255, 65, 2.25))
print(bytearray(b'%s') % b'z')
