s = "hello"
s.appendd("x")
