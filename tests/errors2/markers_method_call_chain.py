text = "hello world"
print(text.upper().split().index("WORLDS"))
