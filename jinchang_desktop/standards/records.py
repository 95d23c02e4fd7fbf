"""One school's declared data, as the engine reads it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SchoolRecord:
    """A row of the school table or a school's saved data.

    ``values`` holds the numeric fields (ints or floats, never negative, never NaN); a field that is absent
    counts as 0. ``row`` is the source row, used only in messages.
    """

    code: str
    name: str
    county: str
    school_type: str
    counted: bool = True
    parent_code: str = ""
    values: dict[str, int | float] = field(default_factory=dict)
    row: int | None = None

    def get(self, key: str) -> int | float:
        return self.values.get(key, 0)
