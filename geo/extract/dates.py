"""Find temporal expressions and normalise each to an inclusive date interval with a precision.

The stage's entry point: ``dategrammar`` holds the forms of date expression, one rule each (pattern,
first characters, handler), and ``datescan`` finds where they are worth trying, in linear time.
"""

from geo.extract.dategrammar import DateExpr
from geo.extract.datescan import find_dates

__all__ = ["DateExpr", "find_dates"]
