import time, os
t0 = time.time()
t1 = time.perf_counter()
print(type(t0).__name__, time.time() >= t0, time.perf_counter() >= t1)
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.splitext("f.tar.gz"), os.sep)
print(os.path.exists("/"), os.getcwd() != "", os.path.dirname("/a/b/c"))
