"""The Staff page."""
