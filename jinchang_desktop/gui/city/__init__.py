"""The pages of the city\x27s workspace view (see gui/views/city.py)."""
