"""Writing ClientBook CSV: whole tables, one client's data, spreadsheet-safe cells."""
