x = "text"
y = -x
