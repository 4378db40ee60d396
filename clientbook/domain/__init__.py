"""Pure-Python core: data, rules and text folding. Never imports Qt or SQL."""
