import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 50, 5))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.sample(range(100), 5), round(random.uniform(1, 2), 6))
r = random.Random(7)
print(r.random(), r.randint(0, 9))
