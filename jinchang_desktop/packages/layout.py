"""The one ZIP layout a package may have, as bytes: used to write packages and to check them byte for byte.

Every header field is either fixed here or follows from an entry's name and content, so the only bytes of a
package that are not pinned down are the deflate streams, and those are covered by CRC-32, the manifest's
SHA-256 list and the signature. See docs/package-format.md, "ZIP layout".
"""
from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

LOCAL_SIGNATURE = b"PK\x03\x04"
CENTRAL_SIGNATURE = b"PK\x01\x02"
END_SIGNATURE = b"PK\x05\x06"
LOCAL_HEADER_SIZE = 30
CENTRAL_HEADER_SIZE = 46
END_RECORD_SIZE = 22

VERSION_NEEDED = 20  # 2.0: deflate
VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED  # made on Unix (3), spec 2.0: gives the mode bits below their meaning
FLAGS = 0  # no encryption, no data descriptor; names are ASCII so the UTF-8 flag is not needed
METHOD_DEFLATE = 8
DOS_TIME = 0  # 00:00:00
DOS_DATE = (1 << 5) | 1  # 1980-01-01, the earliest ZIP date: a package's bytes depend only on its content
EXTERNAL_ATTR = 0o100644 << 16  # regular file, rw-r--r--
COMPRESS_LEVEL = 6

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")


@dataclass(frozen=True)
class RawEntry:
    """One entry as stored: ``size`` and ``crc`` describe the inflated content."""

    name: bytes
    compressed: bytes
    size: int
    crc: int


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, -15)  # raw deflate, as ZIP stores it
    return compressor.compress(data) + compressor.flush()


def raw_entry(name: str, data: bytes) -> RawEntry:
    return RawEntry(name.encode("ascii"), deflate(data), len(data), zlib.crc32(data))


def local_header(entry: RawEntry) -> bytes:
    return _LOCAL.pack(LOCAL_SIGNATURE, VERSION_NEEDED, FLAGS, METHOD_DEFLATE, DOS_TIME, DOS_DATE,
                       entry.crc, len(entry.compressed), entry.size, len(entry.name), 0) + entry.name


def central_header(entry: RawEntry, offset: int) -> bytes:
    return _CENTRAL.pack(CENTRAL_SIGNATURE, VERSION_MADE_BY, VERSION_NEEDED, FLAGS, METHOD_DEFLATE,
                         DOS_TIME, DOS_DATE, entry.crc, len(entry.compressed), entry.size, len(entry.name),
                         0, 0, 0, 0, EXTERNAL_ATTR, offset) + entry.name


def end_record(count: int, directory_size: int, directory_offset: int) -> bytes:
    return _END.pack(END_SIGNATURE, 0, 0, count, count, directory_size, directory_offset, 0)


@dataclass(frozen=True)
class EndRecord:
    count: int
    directory_size: int
    directory_offset: int


def parse_end_record(record: bytes) -> EndRecord | None:
    """The end record's counts, or None when it is not one this layout allows (several disks, a comment)."""
    signature, disk, directory_disk, count_here, count, size, offset, comment = _END.unpack(record)
    if signature != END_SIGNATURE or disk or directory_disk or comment or count_here != count:
        return None
    return EndRecord(count, size, offset)


def pack_raw(entries: Sequence[RawEntry]) -> bytes:
    """Lay entries out exactly as the format requires. Names and sizes are not checked here."""
    parts: list[bytes] = []
    offsets: list[int] = []
    offset = 0
    for entry in entries:
        offsets.append(offset)
        header = local_header(entry)
        parts += (header, entry.compressed)
        offset += len(header) + len(entry.compressed)
    directory = b"".join(central_header(entry, at) for entry, at in zip(entries, offsets, strict=True))
    parts += (directory, end_record(len(entries), len(directory), offset))
    return b"".join(parts)


def pack(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """A package's ZIP bytes from (name, content) pairs, in the order given."""
    return pack_raw([raw_entry(name, data) for name, data in entries])
