a = 1
b = "two"
c = 3
result = (a +
          b) * c
