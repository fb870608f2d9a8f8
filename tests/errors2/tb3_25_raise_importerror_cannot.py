raise ImportError("cannot import thing", name="mod")
