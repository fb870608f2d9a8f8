print(f"{1 / 0}")
