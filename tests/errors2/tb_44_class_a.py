class A:
    attribute_one = 1
A.atribute_one
