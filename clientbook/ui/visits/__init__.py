"""Booking appointments and logging visits."""
