import sys
sys.exit("a" * 3)
