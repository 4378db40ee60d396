"""Messages to clients: occasions, templates, dates in the client's language, links."""
