"""Promises, contacts, loyalty rewards, designer consistency and reminders."""
