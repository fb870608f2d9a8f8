print(OSError(11,'x',5).args, str(OSError(11,'x',5)), repr(OSError(11,'x',5)))
class B(BlockingIOError): pass
print(B(11,'x',5).filename, BlockingIOError(11,'x',True).characters_written)
try: print(BlockingIOError(11,'x',2.5).characters_written)
except Exception as e: print(type(e), e)
e = OSError(1,'x'); e.characters_written = 7; print(e.characters_written)
try: e.characters_written = 'a'
except Exception as x: print(type(x), x)
del e.characters_written
try: del e.characters_written
except AttributeError as x: print('AE', x)
try: OSError(1, 'x').characters_written
except AttributeError as x: print('AE', x)
print(OSError(2, 'x', 'f').args, OSError(2, 'x', None).args, OSError(2, 'x', None, None, 'g').args)
