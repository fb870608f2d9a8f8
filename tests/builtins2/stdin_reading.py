import sys
# stdin is /dev/null under the test runner: every read sees EOF
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
for line in sys.stdin:
    print("never", line)
print(list(sys.stdin), sys.stdin.isatty())
sys.stdout.writelines(["x\n", "y\n"])
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable(), sys.stdin.readable())
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", repr(e))
