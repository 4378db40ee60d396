"""Reading contacts and ClientBook CSV: decoding, layouts, planning and applying imports."""
