"""Package discovery that pyproject.toml alone cannot express: the top-level resources/ folder is shipped
as the package jinchang_desktop._resources (see [tool.setuptools] package-dir in pyproject.toml)."""
from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["jinchang_desktop", "jinchang_desktop.*"]), "jinchang_desktop._resources"])
