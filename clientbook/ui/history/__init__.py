"""A client's History: every visit, appointment, promise, contact, reward and change."""
