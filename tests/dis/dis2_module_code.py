import dis
dis.dis(compile("x = 1\nif x:\n    print(x)\n", "<s>", "exec"))
