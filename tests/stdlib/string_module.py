import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)
print(string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords("hello   big world"))
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="x"))
