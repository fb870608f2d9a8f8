import statistics
from fractions import Fraction
from decimal import Decimal, getcontext
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.median_low([1, 3, 5, 7]))
print(round(statistics.stdev(data), 6), statistics.variance([1, 2, 3, 4]), statistics.fmean([1, 2]))
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.25"), Fraction(1, 3) * 3, Fraction(5, 10), repr(Fraction(1, 2)))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), Decimal("2").sqrt())
getcontext().prec = 5
print(Decimal(1) / Decimal(3), round(Decimal("2.675"), 2), Decimal("3.14159").quantize(Decimal("0.01")))
