print("a-b-c".rsplit("-", 1), "a-b-c".rpartition("-"), "abc".rpartition("b"), "abc".partition(""))
