"""The command line's own error: a mistake in what was asked, printed as one line (exit 1)."""


class UserError(Exception):
    """Printed as one line on stderr; exit status 1."""
