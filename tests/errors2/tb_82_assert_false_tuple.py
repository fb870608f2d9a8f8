assert False, ("tuple", "msg")
