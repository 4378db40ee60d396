"""The Qt face of ClientBook: the only package that imports PySide6."""
