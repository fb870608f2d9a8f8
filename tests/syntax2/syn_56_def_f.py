def f():
    pass
  return
