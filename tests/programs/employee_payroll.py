from abc import ABC, abstractmethod
class Employee(ABC):
    raise_pct = 0.03
    _registry = []
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
        Employee._registry.append(self)
    @abstractmethod
    def monthly_pay(self):
        ...
    @classmethod
    def by_dept(cls, dept):
        return [e.name for e in cls._registry if e.dept == dept and isinstance(e, cls)]
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.monthly_pay():,.2f})"
class Salaried(Employee):
    def __init__(self, name, dept, salary):
        super().__init__(name, dept)
        self.salary = salary
    def monthly_pay(self):
        return self.salary / 12
    def give_raise(self):
        self.salary *= 1 + self.raise_pct
class Hourly(Employee):
    raise_pct = 0.05
    def __init__(self, name, dept, rate, hours):
        super().__init__(name, dept)
        self.rate, self.hours = rate, hours
    def monthly_pay(self):
        overtime = max(0, self.hours - 160)
        return self.rate * (self.hours - overtime) + self.rate * 1.5 * overtime
class Manager(Salaried):
    def __init__(self, name, dept, salary, reports=()):
        super().__init__(name, dept, salary)
        self.reports = list(reports)
    def monthly_pay(self):
        return super().monthly_pay() + 100 * len(self.reports)
a = Salaried("ann", "eng", 96000)
b = Hourly("bob", "ops", 25.0, 172)
c = Hourly("cy", "eng", 30.0, 120)
m = Manager("meg", "eng", 120000, [a, c])
staff = [a, b, c, m]
for e in sorted(staff, key=lambda e: e.monthly_pay(), reverse=True):
    print(e)
print(Employee.by_dept("eng"), Salaried.by_dept("eng"), Hourly.by_dept("ops"))
a.give_raise(); m.give_raise()
print(round(a.salary, 2), round(m.salary, 2), f"{sum(e.monthly_pay() for e in staff):,.2f}")
try:
    Employee("x", "y")
except TypeError as e:
    print(e)
