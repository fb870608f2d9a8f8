x = 5jk
