def show(e):
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
for t in ["b'%s' % 'x'", "b'%c' % 256", "b'%c' % b'ab'", "b'%c' % 'a'", "b'%s %s' % (1,)", "b'x' % 1", "b'%(a)s' % {b'a': b'1'}", "b'%(a)s' % {'a': b'1'}", "b'%b' % bytearray(b'q')", "b'%r' % 'é'", "b'%y' % 1", "b'%5s|%-5b|' % (b'a', b'b')", "b'%.1s' % b'abc'", "b'%d' % 'a'", "b'%s' % 5", "bytearray(b'%d') % 3", "b'abc' % ()", "b'%%' % ()", "b'%c' % 65", "b'%c' % bytearray(b'z')", "b'%a' % b'x'", "'%c' % 2**70", "'%c' % -1", "'%c' % True", "'%s' % b'x'", "b'%s' % memoryview(b'x')"]:
    show(t)
