s = "Hello, World! ß ǅ straße"
print(s.upper())
print(s.lower())
print(s.casefold())
print(s.swapcase())
print(s.title())
print("hello world".capitalize(), "HELLO".capitalize())
print("they're bill's friends".title())
for t in ["abc", "ABC", "Abc", "123", "a1", "", " ", "Ab Cd", "ab cd"]:
    print(repr(t), t.isupper(), t.islower(), t.istitle(), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace())
print("١٢٣".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdecimal(), "²".isdigit())
print("abc_1".isidentifier(), "1abc".isidentifier(), "".isidentifier(), "def".isidentifier())
print("abc\n".isprintable(), "abc".isprintable(), "".isascii(), "é".isascii())
