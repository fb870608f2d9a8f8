import re
print(re.findall(r"\d+", "a1 b22 c333"), re.sub(r"\s+", " ", "a   b \n c"))
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m.group(0), m.group(1), m.groups(), m.span(2))
print(re.split(r"[,;]", "a,b;c"), bool(re.search("x", "abc")), re.fullmatch(r"\d{3}", "123") is not None)
pat = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
print([m.groupdict() for m in pat.finditer("a=1 b=22")])
