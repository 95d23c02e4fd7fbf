"""The PySide6 desktop app. The only part of jinchang_desktop that imports Qt."""
