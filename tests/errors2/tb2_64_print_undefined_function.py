print(undefined_function())
