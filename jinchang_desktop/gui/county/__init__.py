"""The pages of the county\x27s workspace view (see gui/views/county.py)."""
