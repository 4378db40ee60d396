"""The appointment book's rules: overlaps and clashes, working hours, bookings, due times."""
