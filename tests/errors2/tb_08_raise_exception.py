raise Exception("")
