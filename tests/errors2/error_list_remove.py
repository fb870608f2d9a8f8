todo = ["write", "test"]
todo.remove("deploy")
