"""Benchmarks with written budgets (run as modules from the repository root)."""
