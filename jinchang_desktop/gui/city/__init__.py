"""The city workspace's pages, one module each, listed in ``gui.views.city.CITY_PAGES``."""
