# leading comment
x = 1  # trailing comment
   # indented comment line

y = 2	# tab before comment
if x:
    # comment in block

    z = x + y
    print(z)
print("a" # comment between
      "b")
def f():
    pass  # body comment
# final comment without newline
print("end")
