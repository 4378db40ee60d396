"""The calendar feed in the window: its reader, its status line and its settings."""
