s = "abc"
x = (s.upper)() + 1
