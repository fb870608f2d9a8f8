import sys
print(sys.path[1000])
