def f():
    import nosuchmod_abc
f()
