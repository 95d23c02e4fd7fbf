"""``python -m jinchang_desktop``: the same as the ``jinchang-desktop`` command."""
from __future__ import annotations

import sys

from jinchang_desktop.cli import main

sys.exit(main())
