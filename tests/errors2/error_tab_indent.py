def f(x):
	return x / 0
f(1)
