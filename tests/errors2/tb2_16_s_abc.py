s = "abc"
print(s.upper()
       .lower()
       .nosuch())
