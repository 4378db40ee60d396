"""Use cases over storage and domain. Each write is one transaction and reports what changed."""
