"""The national form's tables as an Excel workbook: table models (pure data) and their openpyxl writer."""
