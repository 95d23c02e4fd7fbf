"""Text from outside (school names, county conclusions) made safe to put in a spreadsheet cell."""
from __future__ import annotations

# A cell whose text starts with one of these is read as a formula by Excel, WPS and LibreOffice
# (a school named "=HYPERLINK(…)" would run when the inspector opens the workbook).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` unchanged, or behind a single quote when it would start a formula (the offices' own "text" mark).

    openpyxl writes any string starting with "=" as a formula, so this is needed before a cell is written, and
    the name stays readable whole after the quote.
    """
    if text and text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text
