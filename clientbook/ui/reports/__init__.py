"""The Reports page: charts, tables, CSV and PDF."""
