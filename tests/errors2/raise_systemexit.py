try:
    raise SystemExit(0)
finally:
    print("finally before exit")
