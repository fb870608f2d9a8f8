a = [1]
x = (a # comment
     )  [ (5) ]
