def cleanup():
    raise RuntimeError("cleanup failed")
try:
    x = int("bad")
except ValueError:
    cleanup()
