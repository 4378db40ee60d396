"""Clients, staff, search, a client's history and briefing, and the day's agenda."""
