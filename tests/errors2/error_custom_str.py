class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line, self.msg = line, msg
    def __str__(self):
        return f"line {self.line}: {self.msg}"
def parse(lines):
    for n, l in enumerate(lines, 1):
        if not l.strip():
            raise ParseError(n, "empty line")
parse(["a", "b", " "])
