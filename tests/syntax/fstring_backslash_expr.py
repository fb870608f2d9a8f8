print(f"{'\n'.join([])}")
