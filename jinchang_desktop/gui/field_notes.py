"""What the editor shows beside each field (Qt-free): the core's notes (``standards.review``), placed on the
entry pages.

The rules (hard errors; soft warnings near a threshold or far from last year) are decided in the core, which the
export wizard, ``check`` and ``export`` ask too; this module only decides where a note is shown.
"""
from __future__ import annotations

from collections.abc import Mapping

from jinchang_desktop.standards.assess import SchoolResult
from jinchang_desktop.standards.catalogue import Profile
from jinchang_desktop.standards.fields import FieldCatalogue, field_catalogue
from jinchang_desktop.standards.records import SchoolRecord
from jinchang_desktop.standards.review import GENERAL, Note
from jinchang_desktop.standards.review import field_notes as core_notes

FieldNote = Note  # the widgets' name for a note

__all__ = ["GENERAL", "FieldNote", "field_notes"]


def field_notes(record: SchoolRecord, result: SchoolResult, profile: Profile, *,
                previous: Mapping[str, int | float] | None = None,
                catalogue: FieldCatalogue | None = None) -> dict[str, list[FieldNote]]:
    """Every note per field key, errors first; GENERAL holds those that name no field on the entry pages."""
    catalogue = catalogue or field_catalogue()
    placed: dict[str, list[FieldNote]] = {}
    for key, notes in core_notes(record, result, profile, previous=previous, catalogue=catalogue).items():
        field = catalogue.fields.get(key)
        if field is not None and not field.numeric:
            key = GENERAL  # school type and codes are not edited on these pages
        bucket = placed.setdefault(key, [])
        bucket.extend(n for n in notes if n not in bucket)
    return placed
