e = ValueError(1, 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError('x')))
k = KeyError('a'); print(k, repr(k), str(KeyError()), str(KeyError(1, 2)))
o = OSError(2, 'No such file'); print(o, o.errno, o.strerror, type(o).__name__, repr(o))
o2 = OSError(2, 'nf', 'fname'); print(o2, type(o2), o2.filename)
print(OSError(13, 'x').__class__, OSError(17, 'x').__class__, OSError(1, 2, 3, 4, 5))
s = SyntaxError('m', ('f.py', 1, 2, 'x = (', 1, 3)); print(s, s.lineno, s.offset, s.text, s.end_offset)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'); print(u, u.start, u.reason)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(ImportError('m', name='x', path='p').name, ModuleNotFoundError('z').msg)
ex = Exception('a'); ex.add_note('note1'); print(ex.__notes__)
try:
    try: 1/0
    except ZeroDivisionError as z: raise ValueError('v') from z
except ValueError as v: print(repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
print(BaseException.__mro__, issubclass(ExceptionGroup, Exception))
eg = ExceptionGroup('g', [ValueError(1), TypeError(2)])
print(repr(eg), eg.exceptions, str(eg))
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try: ExceptionGroup('g', [])
except ValueError as e: print(e)
try: BaseExceptionGroup('g', [KeyboardInterrupt()]).__class__
except Exception as e: print(e)
print(type(BaseExceptionGroup('g', [ValueError()])).__name__)
class MyE(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
print(repr(MyE(1, 2)), str(MyE(1,2)))
print(AttributeError('x', name='n', obj=3).name, NameError('q', name='w').name)
e = Exception(); e.__traceback__ = None; print(e.with_traceback(None) is e)
print(repr(BlockingIOError(11, 'x', 5)), BlockingIOError(11, 'x', 5).characters_written)
import errno
print(type(OSError(errno.ENOENT, 'x')).__name__, type(OSError(errno.EPIPE, 'x')).__name__)
print(str(OSError()), str(OSError('a')), str(OSError(1)), str(FileNotFoundError(2, 'n', 'f', 0, 'g')))
