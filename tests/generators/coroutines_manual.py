async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    return await add(x, 10)
coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def user():
    return (await Awaitable()) + 1
c = user()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print(e.value)
async def agen():
    for i in range(3):
        yield i
async def consume():
    out = [x async for x in agen()]
    async for v in agen():
        out.append(v * 10)
    return out
try:
    consume().send(None)
except StopIteration as e:
    print(e.value)
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit", a[0])
async def f():
    async with ACM() as r:
        print("inside", r)
    return "done"
try:
    f().send(None)
except StopIteration as e:
    print(e.value)
