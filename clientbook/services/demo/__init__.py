"""The sample book: staff, clients in five languages, visits, appointments, promises."""
