"""The PostgreSQL engine: a shared book on a server, for several desks."""
