"""The Calendar page: the day and week of every designer, booking by drag, free slots."""
