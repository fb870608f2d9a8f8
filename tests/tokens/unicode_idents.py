café = "coffee"
print(café)
π = 3.14159
print(π * 2)
数字 = 42
print(数字 + 1)
ﬁle = "ligature"
print(file)
ℌ = "fraktur H"
print(H)
def naïve(größe):
    return größe * 2
print(naïve(21))
class Ünicode:
    ß = "eszett"
print(Ünicode.ß, Ünicode.__name__)
𝐱 = 7
print(x)
print("ok")
