"""Widgets the windows compose: field inputs, gauges, panels and bars."""
