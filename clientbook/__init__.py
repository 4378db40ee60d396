"""ClientBook: a front desk's memory of every client."""

__version__ = "0.1.0"
