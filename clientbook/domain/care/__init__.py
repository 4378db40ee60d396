"""What the desk remembers for each client: the briefing, contact rules, loyalty,
promises kept, reminders."""
