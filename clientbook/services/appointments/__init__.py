"""The appointment book: booking, moving, cancelling; the services menu; staff hours."""
