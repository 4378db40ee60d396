"""A client's whole history: the timeline, corrections of visits and promises, the change log."""
