def f():
    print(f"{'nested' + f'{1 + 1}'}")
    print(f"{3.14159:{'.2f'}}", f"{'a'!r:>{5}}")
    print(f"{'\\n'.join(['a'])}" if False else "skip")
f()
print(f"{'quote'}", f'{"dq"}', f"""{'''tri'''}""", f"{{}}", f"{1:{2}}")
print(0x_FF, 1_0.0_1, 0o1_7, 1e1_0, 1_000j)
print(type(...), ... is Ellipsis, [1, 2][...] if False else 0)
