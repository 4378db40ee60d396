"""Data in and out: the import wizard, exports, backups and restores."""
