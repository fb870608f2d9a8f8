s = ub"x"
