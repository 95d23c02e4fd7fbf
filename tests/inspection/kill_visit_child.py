"""Child of test_kill_visit: notes the visit field after field, saying after each commit how many are in."""
from __future__ import annotations

import sys
from pathlib import Path

from jinchang_desktop.inspection.visit import set_note
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.workspace import Workspace


def main(path: str, school: str) -> None:
    fields = [key for key, spec in field_catalogue().fields.items() if spec.numeric]
    with Workspace.open(Path(path)) as ws:
        for index in range(10_000):
            key = fields[index % len(fields)]
            set_note(ws, school, key, f"第 {index} 次记录")
            print(index + 1, flush=True)  # committed: the parent may kill from here on


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
