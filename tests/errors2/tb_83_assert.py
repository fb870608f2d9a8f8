assert 0, 42
