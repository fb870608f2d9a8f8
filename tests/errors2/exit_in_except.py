import sys
try:
    1 / 0
except ZeroDivisionError:
    print("error, exiting")
    sys.exit(2)
