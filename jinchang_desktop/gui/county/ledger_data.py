"""The ledger screens' jobs: plain functions of the open Workspace, run on the database worker.

They compose the core (``ledger.book``, ``ledger.chain``, ``reports.ledger_excel``) and return plain values: the
screens judge nothing themselves. Reading the ledger refreshes it first, as ``ledger --json`` does, so what the
page shows is what the CLI prints.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinchang_desktop.i18n import msg, pick

if TYPE_CHECKING:
    from jinchang_desktop.gui.jobs import Work
    from jinchang_desktop.store.workspace import Workspace


@dataclass
class LedgerDocument:
    """What a ledger screen shows, as the core computed it."""

    role: str
    items: list[dict[str, Any]]
    counts: dict[str, Any]
    schools: dict[str, dict[str, Any]]  # 一校一策 (``school_pages``)
    school_names: dict[str, str]
    indicator_names: dict[str, tuple[str, str]]  # key → (zh, en)
    departments: list[str]  # the plan's responsible units, in the plan's order
    milestone: tuple[str, str, str, int] | None  # (zh, en, date, days left)
    counties: dict[str, Any] = field(default_factory=dict)  # a city: ``city_summary``
    snapshots: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


def read_ledger(ws: Workspace, today: date | None = None) -> LedgerDocument:
    """The ledger of the workspace (a city: every county's latest), refreshed from the data first."""
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.ledger.book import (
        city_items,
        ledger_counts,
        own_items,
        refresh_ledger,
        school_pages,
        utc_today,
    )
    from jinchang_desktop.ledger.chain import city_summary
    from jinchang_desktop.ledger.rules import ledger_rules
    from jinchang_desktop.store.declared import list_schools
    from jinchang_desktop.store.ledger import snapshots

    today = today or utc_today()
    profile = workspace_profile(ws)
    counties: dict[str, Any] = {}
    if ws.role == "city":
        items = city_items(ws, today)
        counties = city_summary(ws, today)
    else:
        refresh_ledger(ws, trigger="view", today=today)
        items = own_items(ws, today)
    rules = ledger_rules()
    stone = rules.next_milestone(profile, today)
    departments: list[str] = []
    for number in sorted(rules.tasks):
        departments += [u for u in rules.tasks[number].units if u not in departments]
    return LedgerDocument(
        role=ws.role, items=items, counts=ledger_counts(items),
        schools=school_pages(items) if ws.role != "city" else {},
        school_names={s.code: s.name for s in list_schools(ws.conn)},
        indicator_names={k: (i.name_zh, i.name_en) for k, i in profile.indicators.items()},
        departments=departments,
        milestone=None if stone is None else (stone.name_zh, stone.name_en, stone.on.isoformat(),
                                              (stone.on - today).days),
        counties=counties, snapshots=snapshots(ws.conn, ws.school_year))


def read_job() -> Work:
    def run(ws: Workspace, _progress: Callable[[int, int, str], None], _cancelled: Callable[[], bool]) -> Any:
        return read_ledger(ws)

    return run


def set_plan(item_id: int, *, owner: str | None, due: str | None, measures: str | None) -> Callable[[Workspace], Any]:
    """The plan's changed parts only (an unchanged deadline stays a default that follows the milestone)."""
    from jinchang_desktop.ledger.book import set_item

    return lambda ws: set_item(ws, item_id, owner=owner, due=due, measures=measures)


def close(item_id: int, note: str) -> Callable[[Workspace], Any]:
    from jinchang_desktop.ledger.book import close_item

    return lambda ws: close_item(ws, item_id, note)


def add(school: str, text: str, owner: str | None, due: str | None) -> Callable[[Workspace], Any]:
    from jinchang_desktop.ledger.book import add_item

    return lambda ws: add_item(ws, school=school, text=text, owner=owner, due=due)


def _exists(out: Path) -> Exception:
    from jinchang_desktop.errors import JcError

    return JcError(msg("文件“{name}”已存在，不会覆盖；请另选文件名", name=out.name), file=str(out), rule="no-overwrite")


def export_job(out: Path) -> Work:
    """Write the ledger to ``out`` (refreshed first, as ``ledger export`` does); never replaces an existing file.

    The workbook is written beside ``out`` and then linked to its name, which fails if a file of that name exists
    (even one that appeared meanwhile); on a file system without hard links (FAT on a USB stick) it is renamed
    after a last check.
    """
    def run(ws: Workspace, progress: Callable[[int, int, str], None], _cancelled: Callable[[], bool]) -> Any:
        import os

        from jinchang_desktop.ledger.book import refresh_ledger
        from jinchang_desktop.reports.ledger_excel import export_ledger

        if out.exists():
            raise _exists(out)
        progress(0, 2, "")
        if ws.role != "city":
            refresh_ledger(ws, trigger="view")
        progress(1, 2, "")
        part = out.with_name(f".{out.name}.{os.getpid()}.part")
        try:
            sheets = export_ledger(ws, part)
            try:
                os.link(part, out)
            except FileExistsError:
                raise _exists(out) from None
            except OSError:
                if out.exists():
                    raise _exists(out) from None
                os.replace(part, out)
        finally:
            part.unlink(missing_ok=True)
        progress(2, 2, "")
        return sheets

    return run


def refusal_text(exc: BaseException) -> str:
    """The core's reason in the interface language, without the command line's column name (``--due``, ``ITEM``):
    on this screen the field is the one just sent. Other failures read as everywhere else (``error_text``)."""
    from jinchang_desktop.errors import JcError
    from jinchang_desktop.gui.error_text import error_text

    if isinstance(exc, JcError):
        return pick(exc.zh, exc.en)
    return error_text(exc)
