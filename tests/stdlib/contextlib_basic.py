from contextlib import contextmanager, suppress, ExitStack, nullcontext, redirect_stdout
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    print("stacked")
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
