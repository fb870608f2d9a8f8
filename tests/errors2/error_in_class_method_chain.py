class Parser:
    def __init__(self, text):
        self.tokens = text.split()
    def parse(self):
        return [self.number(t) for t in self.tokens]
    def number(self, t):
        return float(t)
print(Parser("1 2.5").parse())
Parser("1 two").parse()
