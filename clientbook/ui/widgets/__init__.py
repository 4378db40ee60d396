"""Small widgets and formats every page shares."""
