"""The export wizard: check, explain, write the signed package to a USB stick, verify it, print the filing copy."""
