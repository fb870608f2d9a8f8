import textwrap, string
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, width=30))
print(textwrap.wrap("a b c d e f g", 5))
print(textwrap.shorten("Hello world, this is a long line", width=20))
print(repr(textwrap.dedent("    a\n      b\n    c")))
print(textwrap.indent("x\ny", "> "))
print(string.capwords("the  end"), string.Template("$a-$b").substitute(a=1, b=2))
print("{:>10}".format("r"), string.Formatter().format("{0}+{1}", 1, 2))
