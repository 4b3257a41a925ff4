"""Benchmarks, run with `python -m bench` (`make bench`); not part of the test suite."""

from .search import run

run()
