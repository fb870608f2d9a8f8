lst = []
lst.foo
