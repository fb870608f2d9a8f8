print(rB"\x", bR"\y", Rb"\z", BR"\w", Rf"{1}\n", fR"{2}\t", FR"{3}", rF"{4}", u"\u00e9", U"\N{BULLET}")
print(b"" rb"" b"x", "a" r"\b" f"{5}" "c")
