"""The schema history of the workspace database: one function per version.

``store.db`` applies each step inside its own ``BEGIN EXCLUSIVE`` transaction and sets ``PRAGMA user_version``
in that same transaction. A released step is never edited: databases in the field were built by it, and the
fixtures under ``tests/fixtures/store/`` hold what each one produced. A change to the schema is a new step.

The DDL is written out literally rather than generated, so that a step builds the same schema whatever library
version runs it. Steps run with foreign keys on; a future step that rebuilds a table must account for that.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Written into the file header so that another program's SQLite file is never mistaken for a workspace.
APPLICATION_ID = 0x4A434453  # "JCDS"

SCHEMA_VERSION = 7

_V1 = (
    """CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    """CREATE TABLE schools (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    county      TEXT NOT NULL DEFAULT '',
    school_type TEXT NOT NULL DEFAULT '',
    counted     INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),
    parent_code TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
)""",
    # NUMERIC keeps ints as ints and decimals as reals; the CHECK refuses text, NaN (stored as NULL) and negatives.
    """CREATE TABLE declared (
    school_code TEXT NOT NULL REFERENCES schools (code),
    school_year INTEGER NOT NULL,
    field       TEXT NOT NULL,
    value       NUMERIC NOT NULL CHECK (typeof(value) IN ('integer', 'real') AND value >= 0),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (school_code, school_year, field)
) WITHOUT ROWID""",
    "CREATE INDEX declared_year ON declared (school_year)",
    # old/new have no declared type, so a school code such as '0012' or a text value is kept exactly.
    """CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    school_code TEXT,
    school_year INTEGER,
    field       TEXT,
    old,
    new,
    detail      TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX audit_school ON audit (school_code, school_year, field)",
    """CREATE TABLE keys (
    key_id      TEXT PRIMARY KEY,
    public_key  BLOB NOT NULL,
    holder_code TEXT NOT NULL,
    holder_role TEXT NOT NULL,
    holder_name TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('enrolled', 'revoked')),
    enrolled_at TEXT NOT NULL,
    revoked_at  TEXT,
    fingerprint TEXT NOT NULL
)""",
    "CREATE INDEX keys_holder ON keys (holder_code)",
    """CREATE TABLE packages (
    manifest_sha256 TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    issuer_code     TEXT NOT NULL,
    key_id          TEXT NOT NULL,
    school_year     INTEGER NOT NULL,
    sequence        INTEGER NOT NULL,
    previous        TEXT NOT NULL DEFAULT '',
    created         TEXT NOT NULL DEFAULT '',
    received_at     TEXT NOT NULL,
    file_name       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    manifest        TEXT NOT NULL DEFAULT ''
)""",
    """CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    sequence        INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    path            TEXT NOT NULL,
    written_at      TEXT NOT NULL
)""",
)

_V2 = (
    """CREATE TABLE explanations (
    school_code TEXT NOT NULL REFERENCES schools (code),
    school_year INTEGER NOT NULL,
    field       TEXT NOT NULL,
    text        TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (school_code, school_year, field)
) WITHOUT ROWID""",
    # Import classifies each package against the issuer's last one: stale, fork, chain.
    "CREATE INDEX packages_issuer ON packages (issuer_code, school_year, sequence)",
)

# The declared table takes any non-negative number; a 举办者类型 is one of the national form's codes 1–10.
_V3 = tuple(
    f"""CREATE TRIGGER declared_sponsor_type_{event.lower()} BEFORE {event} ON declared
WHEN NEW.field = 'sponsor_type' AND NOT (NEW.value BETWEEN 1 AND 10 AND typeof(NEW.value) = 'integer')
BEGIN SELECT RAISE(ABORT, 'sponsor_type must be a whole code from 1 to 10'); END"""
    for event in ("INSERT", "UPDATE")
)


_V4 = (
    # STANDARD §5–§7 items declared by county staff (not computed from school data): one value per county,
    # school year and item key ("<indicator>" or "<indicator>.<section>"); qualitative items hold 1 (是) or 0 (否).
    """CREATE TABLE county_items (
    county      TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    key         TEXT NOT NULL,
    value       NUMERIC NOT NULL CHECK (typeof(value) IN ('integer', 'real')),
    note        TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    PRIMARY KEY (county, school_year, key)
) WITHOUT ROWID""",
    # What-if scenarios, saved by name; kept apart from declared data, which they never change.
    """CREATE TABLE scenarios (
    name        TEXT NOT NULL,
    school_year INTEGER NOT NULL,
    body        TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (name, school_year)
) WITHOUT ROWID""",
)


_V5 = (
    # A school's report that names itself otherwise than the county's roster: shown to the county's staff, who
    # accept or refuse it; import never applies it.
    """CREATE TABLE identity_requests (
    id              INTEGER PRIMARY KEY,
    school_code     TEXT NOT NULL REFERENCES schools (code),
    field           TEXT NOT NULL,
    current,
    requested,
    manifest_sha256 TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'refused', 'superseded')),
    decided_at      TEXT
)""",
    "CREATE INDEX identity_requests_school ON identity_requests (school_code, status)",
)


_V6 = (
    # The problem ledger (问题台账): one row per item, found in the data (origin 'data', keyed by what was judged) or
    # added by hand ('hand'). Rows are never deleted; status moves open → ready → closed and back to open.
    """CREATE TABLE ledger_items (
    id             INTEGER PRIMARY KEY,
    school_year    INTEGER NOT NULL,
    key            TEXT NOT NULL,
    origin         TEXT NOT NULL CHECK (origin IN ('data', 'hand')),
    county         TEXT NOT NULL DEFAULT '',
    school_code    TEXT,
    section        TEXT,
    indicator      TEXT,
    text           TEXT NOT NULL DEFAULT '',
    gap            REAL,
    gap_unit       TEXT NOT NULL DEFAULT '',
    blocks_verdict INTEGER CHECK (blocks_verdict IN (0, 1)),
    short          INTEGER CHECK (short IN (0, 1)),
    owner          TEXT NOT NULL DEFAULT '',
    owner_basis    TEXT NOT NULL DEFAULT '',
    due            TEXT,
    due_set        INTEGER NOT NULL DEFAULT 0 CHECK (due_set IN (0, 1)),
    measures       TEXT NOT NULL DEFAULT '',
    cost           REAL,
    status         TEXT NOT NULL CHECK (status IN ('open', 'ready', 'closed')),
    close_note     TEXT NOT NULL DEFAULT '',
    closed_at      TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (school_year, key)
)""",
    # Counts per status, indicator and department at each refresh, so the trend can be shown.
    """CREATE TABLE ledger_snapshots (
    id          INTEGER PRIMARY KEY,
    school_year INTEGER NOT NULL,
    at          TEXT NOT NULL,
    trigger     TEXT NOT NULL,
    counts      TEXT NOT NULL
)""",
    # The ledgers that came inside accepted packages (a school's at its county, a county's at the city).
    """CREATE TABLE ledger_received (
    manifest_sha256 TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    issuer_code     TEXT NOT NULL,
    issuer_name     TEXT NOT NULL DEFAULT '',
    school_year     INTEGER NOT NULL,
    sequence        INTEGER NOT NULL,
    created         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL
)""",
    "CREATE INDEX ledger_received_issuer ON ledger_received (issuer_code, school_year, sequence)",
)


_V7 = (
    # The inspector's site visit. A pack the inspector took (the county's signed body, kept whole as it came).
    """CREATE TABLE inspection_packs (
    manifest_sha256 TEXT PRIMARY KEY,
    county_code     TEXT NOT NULL,
    school_year     INTEGER NOT NULL,
    body            TEXT NOT NULL,
    opened_at       TEXT NOT NULL
)""",
    # Verified values: at the inspector what was found on site, at the county the layer findings brought in.
    # Never the declared table: a verified value sits beside the declared one. value NULL = only a note.
    """CREATE TABLE verified (
    school_code     TEXT NOT NULL,
    school_year     INTEGER NOT NULL,
    field           TEXT NOT NULL,
    value           NUMERIC CHECK (value IS NULL OR (typeof(value) IN ('integer', 'real') AND value >= 0)),
    note            TEXT NOT NULL DEFAULT '',
    at              TEXT NOT NULL,
    PRIMARY KEY (school_code, school_year, field)
) WITHOUT ROWID""",
    # Evidence files, copied into the workspace (or carried in findings) and named by their SHA-256.
    """CREATE TABLE inspection_attachments (
    school_code     TEXT NOT NULL,
    school_year     INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    field           TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    size            INTEGER NOT NULL,
    at              TEXT NOT NULL,
    PRIMARY KEY (school_code, school_year, sha256)
) WITHOUT ROWID""",
    # The per-school guarantee items marked on site.
    """CREATE TABLE inspection_checklist (
    school_code     TEXT NOT NULL,
    school_year     INTEGER NOT NULL,
    item            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('ok', 'not-ok', 'unchecked')),
    at              TEXT NOT NULL,
    PRIMARY KEY (school_code, school_year, item)
) WITHOUT ROWID""",
    # Which visit's findings stand for a school (the county's verified layer): a later visit supersedes.
    """CREATE TABLE inspection_visits (
    school_code     TEXT NOT NULL,
    school_year     INTEGER NOT NULL,
    inspector_code  TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    visited_at      TEXT NOT NULL,
    PRIMARY KEY (school_code, school_year)
) WITHOUT ROWID""",
)


def upgrade_to_1(conn: sqlite3.Connection) -> None:
    """Initial schema: meta, schools, declared values, audit log, keys, packages held and the outbox."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _V1:
        conn.execute(statement)


def upgrade_to_2(conn: sqlite3.Connection) -> None:
    """Written explanations for soft warnings, and an index of packages by issuer, year and sequence."""
    for statement in _V2:
        conn.execute(statement)


def upgrade_to_3(conn: sqlite3.Connection) -> None:
    """举办者类型 (sponsor_type) values in declared are whole codes 1–10, enforced by triggers."""
    for statement in _V3:
        conn.execute(statement)


def upgrade_to_4(conn: sqlite3.Connection) -> None:
    """County-wide items declared by county staff (with evidence notes), and saved what-if scenarios."""
    for statement in _V4:
        conn.execute(statement)


def upgrade_to_5(conn: sqlite3.Connection) -> None:
    """Identity changes a school's report asks for, held for the county's staff to accept or refuse."""
    for statement in _V5:
        conn.execute(statement)


def upgrade_to_6(conn: sqlite3.Connection) -> None:
    """The problem ledger: items, snapshots of their counts, and the ledgers received in packages."""
    for statement in _V6:
        conn.execute(statement)


def upgrade_to_7(conn: sqlite3.Connection) -> None:
    """The inspector's site visit: packs taken, verified values, attachments, checklists, visits that stand."""
    for statement in _V7:
        conn.execute(statement)


# Version reached → the step that reaches it.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: upgrade_to_1,
    2: upgrade_to_2,
    3: upgrade_to_3,
    4: upgrade_to_4,
    5: upgrade_to_5,
    6: upgrade_to_6,
    7: upgrade_to_7,
}
