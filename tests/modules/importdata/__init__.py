# A package for tests/modules/imports.py.
from .helpers import double
NAME = "importdata"
print("importing", __name__, __package__)
