"""The command line: the parser, one module per command family, plain and JSON output."""
