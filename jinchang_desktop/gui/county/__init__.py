"""The county view's pages, one module each (see ``gui/views/county.py`` ``COUNTY_PAGES``)."""
