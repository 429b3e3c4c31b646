"""Benchmarks of getresponse_client against named peers (`nox -s bench`); measurements, not tests.

Run from the repository root: ``python -m bench`` (see bench/run.py for the options).
"""
