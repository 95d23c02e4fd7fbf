"""Forms generated from ../../../ui/*.ui by scripts/compile_ui.py; never edit them by hand."""
