def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            tokens.append(("NUM", float(s[i:j]) if "." in s[i:j] else int(s[i:j])))
            i = j
        elif c in "+-*/()^":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("EOF", None)
    def eat(self):
        t = self.peek(); self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.eat()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.eat()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        b = self.unary()
        if self.peek() == ("OP", "^"):
            self.eat()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.eat()
            return -self.unary()
        kind, val = self.eat()
        if kind == "NUM":
            return val
        if val == "(":
            v = self.expr()
            if self.eat() != ("OP", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + (4 - 1)) ^ 2", "1.5 * 4", "7 / 0", "3 + $", "(1 + 2"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
print(tokenize("12+(3.5*x)") if False else tokenize("12+(3.5*4)"))
