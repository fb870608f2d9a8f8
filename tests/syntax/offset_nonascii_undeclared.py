name = "é" 1
