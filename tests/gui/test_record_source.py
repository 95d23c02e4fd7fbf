"""The in-memory RecordSource: the what-if scratch copy and the session without a workspace."""
from __future__ import annotations

from jinchang_desktop.gui.record_source import MemoryRecordSource, RecordSource, differing_keys
from tests.gui.records import primary_school


def test_memory_source_copies_in_and_out():
    record = primary_school(100)
    source: RecordSource = MemoryRecordSource(record)
    source.set_value("primary_students", 120)
    assert record.values["primary_students"] == 100  # the record handed in is not the one edited
    snapshot = source.snapshot()
    snapshot.values["primary_students"] = 1
    assert source.value("primary_students") == 120  # nor is the snapshot handed out


def test_none_means_not_entered():
    source = MemoryRecordSource(primary_school(100, music_rooms=2))
    source.set_value("music_rooms", None, origin="undo")
    assert source.value("music_rooms") is None
    assert "music_rooms" not in source.snapshot().values


def test_differing_keys():
    a, b = primary_school(100), primary_school(100, music_rooms=0)
    assert differing_keys(a, b) == ["music_rooms"]  # absent and 0 differ
    b.values["primary_students"] = 101
    assert differing_keys(a, b) == ["music_rooms", "primary_students"]
