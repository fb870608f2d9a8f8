def show():
    global counter
    counter += 1
show()
