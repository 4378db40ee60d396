"""The window's calendar import and export: File → Import calendar… and Export calendar…."""
