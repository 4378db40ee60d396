"""Reading and writing each kind of record: clients, visits, appointments, promises,
settings, the logs, the search index, and the bulk reads behind exports and reports."""
