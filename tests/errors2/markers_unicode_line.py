données = {"clé": 1}
print("café", données["clef"])
