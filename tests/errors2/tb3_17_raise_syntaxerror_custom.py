raise SyntaxError("custom syntax error")
