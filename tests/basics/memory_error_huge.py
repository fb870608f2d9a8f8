# Allocations larger than the machine can hold raise MemoryError instead of exhausting it.
for make in [lambda: 'a' * 10**12, lambda: [0] * 10**12, lambda: b'x' * 10**12, lambda: bytearray(10**12), lambda: (1,) * 10**11]:
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))
