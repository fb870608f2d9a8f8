x = 1
  # comment is fine
y = (1,
     2)
z = 3
   w = 4
