word = "abc"
print(word["1"])
