"""Reports: the text scorecard, Excel tables, charts and the filing copy."""
