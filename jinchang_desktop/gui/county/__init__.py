"""The county workspace's pages, one module each, listed in ``gui.views.county.COUNTY_PAGES``."""
