"""Values every part of the core shares: the roles a workspace can have, and the one clock."""
from __future__ import annotations

from datetime import UTC, datetime

# Who a workspace (and the signer of a package) is: a school, a county (区县), the city, or an inspector.
ROLES = ("school", "county", "city", "inspector")


def utc_now(timespec: str = "milliseconds") -> str:
    """Now in UTC, ISO 8601 with a ``Z``: ``2025-09-01T08:00:00.000Z`` in the store, ``…:00Z`` (``seconds``) in
    a manifest."""
    return datetime.now(UTC).isoformat(timespec=timespec).replace("+00:00", "Z")
