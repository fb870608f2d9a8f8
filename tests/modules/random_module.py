import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5))
random.seed('hello'); print(random.random()); random.seed(b'bytes'); print(random.getrandbits(70))
print(random.gauss(0, 1), random.randrange(0, 1000, 7), random.choices('xyz', k=5))
r = random.Random(123); print(r.random(), r.normalvariate(5, 2), r.expovariate(1.5), r.triangular())
print(random.Random(5).betavariate(2, 3), random.Random(5).gammavariate(2, 2))
