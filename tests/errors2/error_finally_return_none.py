def f():
    try:
        x = 1 / 0
    finally:
        print("finally ran")
f()
