"""The Clients page, the client form, preferences, contact wishes and dialogs, forgetting."""
