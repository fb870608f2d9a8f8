from . import VALUE
LEAF = VALUE + 1
