# Float arithmetic: a mandelbrot-style escape-time loop and a tiny n-body step.
def mandel(w, h, max_iter):
    inside = 0
    total = 0
    for py in range(h):
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi < 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                n += 1
            total += n
            if n == max_iter:
                inside += 1
    return inside, total


def orbit(steps):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    dt = 0.001
    for i in range(steps):
        r2 = x * x + y * y
        r3 = r2 * r2 ** 0.5
        vx -= x / r3 * dt
        vy -= y / r3 * dt
        x += vx * dt
        y += vy * dt
    return round(x, 6), round(y, 6)


print(mandel(500, 350, 120), orbit(2500000))
