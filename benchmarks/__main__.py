"""``python -m benchmarks [--quick]``: the one table of every figure beside its target (see run.py)."""
from __future__ import annotations

import sys

from benchmarks.run import main

sys.exit(main())
