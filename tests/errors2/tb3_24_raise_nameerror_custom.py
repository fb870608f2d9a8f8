raise NameError("custom name")
