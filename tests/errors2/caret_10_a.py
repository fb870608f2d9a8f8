a = 1
x = a + ("b")
