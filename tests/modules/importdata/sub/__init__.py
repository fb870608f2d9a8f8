from .. import helpers
from ..helpers import double as twice
VALUE = twice(21)
