raise Exception(None)
