"""scripts/update_catalogue.py as a module, for the tests that read the message catalogue (scripts/ is no package)."""
from __future__ import annotations

import importlib.util
import sys
from functools import cache
from types import ModuleType

from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "update_catalogue.py"


@cache
def update_catalogue() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_catalogue", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module
