Print("x")
