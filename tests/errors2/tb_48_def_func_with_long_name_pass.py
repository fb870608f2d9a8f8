def func_with_long_name(): pass
func_with_lng_name()
