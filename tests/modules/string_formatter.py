import _string
for s in ['', 'abc', 'a{{b', 'a}}b', '{}', '{0}', 'x{0!r:>{1}}y', '{a.b[c]}', '{a[:]}', '{!r}', '{:}', 'a{', 'a}', '{0!}', '{0!rx}', '{0', '{0:{1}', '{{}}', '{ab{}', '{0!r}', '}}', '{0[}', '{0[:!]}', '{0:}}', 'é{x}ü']:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['a.b[0][x].c', '', '0', '0.x', 'a[', 'a[x]y', '.x', 'a..b', '[0]', 'a[]', '12[3]']:
    try:
        f, r = _string.formatter_field_name_split(s); print(repr(s), repr(f), list(r))
    except Exception as e: print(repr(s), type(e).__name__, e)
