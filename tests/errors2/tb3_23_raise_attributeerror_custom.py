raise AttributeError("custom attr", name="x", obj=1)
