print(f"{'a' 'b'}")
