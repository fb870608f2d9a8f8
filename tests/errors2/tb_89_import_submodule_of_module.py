import sys.nosuch
