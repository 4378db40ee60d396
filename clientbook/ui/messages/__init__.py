"""Messages to clients: the composer, tomorrow's reminders, and the templates editor."""
