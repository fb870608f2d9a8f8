values = {"a": 1, "b": "2"}
result = (values["a"] +
          values["b"])
