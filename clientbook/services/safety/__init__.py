"""Backups, restores and checks of the data file."""
