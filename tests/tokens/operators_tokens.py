a = 10
b = 3
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b, -a, +a, ~a)
print(a<<b, a>>b, a&b, a|b, a^b)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
c = 5
c += 1; c -= 2; c *= 3; c //= 2; c %= 5; c **= 2; c <<= 1; c >>= 1; c |= 8; c &= 12; c ^= 1
print(c)
print(1 if a else 2, [1,2][0], {1:2}[1], (1,)[-1])
print(a if(b)else 0)
x=[1,2,3];y=x[::-1];print(y)
print(0x10+0b10+0o10, 1e2*2, 1_0//3)
print(not-1, - - -1, a--b)
