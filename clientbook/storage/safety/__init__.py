"""The data file's safety: backups and restores, damage found and noted, unreadable values,
private files, network shares, erasure."""
