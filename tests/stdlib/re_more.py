import re
s = "John: 555-1234, Jane: 555-9876, Bob: none"
print(re.findall(r"(\w+): (\d{3}-\d{4})", s))
print(re.sub(r"(\d{3})-(\d{4})", r"\2-\1", s))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2 % 10), "a1b2c9"))
m = re.search(r"(?P<name>\w+): none", s)
print(m.group("name"), m.start(), m.end(), m.groupdict())
print(re.split(r"\s*,\s*", "a , b,c ,d"), re.split(r"(\d)", "a1b2c"))
print(re.match(r"^\d+$", "123abc"), bool(re.fullmatch(r"[a-z]+", "abc")), re.escape("a.b*c"))
pat = re.compile(r"\b(\w)(\w*)\b", re.IGNORECASE)
print(pat.sub(lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE), re.findall(r"a.c", "a\nc abc", re.DOTALL))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.subn("o", "0", "foo"))
