"""Promises: the Today panel, adding, rescheduling, keeping and cancelling."""
