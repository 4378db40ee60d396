"""Messages to clients: templates, the composer's words and links, contact wishes, reminders."""
