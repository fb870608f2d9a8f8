import sys
sys.stdout.wirte("x")
