"""When two desks change the same record: the conflict dialog."""
