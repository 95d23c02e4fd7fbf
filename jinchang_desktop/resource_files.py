"""Locate shipped resources the same way in the source tree, an installed wheel and a frozen bundle."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder holding standards/, demo/, locale/ …

    Installed wheels and PyInstaller bundles carry it as ``jinchang_desktop/_resources``;
    a source checkout has it as the top-level ``resources/`` beside the package.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "_resources", package_dir.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "jinchang_desktop" / "_resources")
    for candidate in candidates:
        if (candidate / "standards" / "catalogue.toml").is_file():
            return candidate
    # Written out in both languages here, not through the catalogue: the catalogue is itself one of these resources.
    raise FileNotFoundError(
        "找不到程序资源目录(resources)。/ The resources folder was not found; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource_path("standards", "catalogue.toml")``."""
    return resources_root().joinpath(*parts)
