"""Birthday and appointment reminders: the scheduler, the Today banner, the tray."""
