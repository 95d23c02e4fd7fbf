"""Open a package's ZIP with suspicion: bounded reads, the entry table checked before anything is inflated,
the layout checked byte for byte, and every entry inflated under a hard cap.

Nothing here knows about manifests; it turns a file into {entry name: bytes} or raises PackageError.
"""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from jinchang_desktop.i18n import Msg, msg
from jinchang_desktop.packages import layout
from jinchang_desktop.packages.errors import PackageError

MAX_NAME_BYTES = 255
INFLATE_CHUNK = 1024 * 1024
_SEGMENT = re.compile(r"[A-Za-z0-9._-]+")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class PackageLimits:
    """What a reader accepts. Everything is checked from the ZIP's directory before any entry is inflated."""

    max_package_bytes: int = 50 * 1024 * 1024
    max_entries: int = 1000
    max_entry_bytes: int = 50 * 1024 * 1024
    max_total_bytes: int = 200 * 1024 * 1024
    max_ratio: int = 100
    # Below this inflated size an entry cannot be a bomb, and small JSON full of repeated keys can legitimately
    # compress by more than max_ratio, so the ratio is only checked for entries larger than this.
    ratio_applies_above: int = 1024 * 1024


def entry_name_problem(name: str) -> Msg | None:
    """Why ``name`` may not be an entry name, or None when it is safe.

    Names must be relative, forward-slash paths of ASCII letters, digits, '.', '_' and '-', so that
    extracting a package with any tool on any system writes only inside the target folder.
    """
    if not name:
        return msg("条目名为空")
    if "\\" in name:
        return msg("条目名含反斜杠")
    if name.startswith("/"):
        return msg("条目名是绝对路径")
    if _DRIVE.match(name):
        return msg("条目名含盘符")
    segments = name.split("/")
    if ".." in segments:
        return msg("条目名含“..”，会写到目标文件夹之外")
    if any(segment in ("", ".") for segment in segments):
        return msg("条目名含空段或“.”（不允许文件夹条目）")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return msg("条目名超过 {max_bytes} 字节", max_bytes=MAX_NAME_BYTES)
    if not all(_SEGMENT.fullmatch(segment) for segment in segments):
        return msg("条目名只能含英文字母、数字、“.”、“_”、“-”和“/”")
    return None


def read_package_file(path: Path, limits: PackageLimits) -> bytes:
    """The whole file, refusing symbolic links, non-files and anything over the size limit without reading it."""
    label = str(path)
    if path.is_symlink():
        raise PackageError("symlink", msg("包文件是符号链接，不予读取"), file=label)
    try:
        info = path.stat()
    except OSError as exc:
        raise PackageError("unreadable", msg("无法读取文件：{strerror}", strerror=exc.strerror),
                           file=label) from None
    if not stat.S_ISREG(info.st_mode):
        raise PackageError("unreadable", msg("不是普通文件"), file=label)
    if info.st_size > limits.max_package_bytes:
        raise _too_large(label, info.st_size, limits)
    try:
        # O_NOFOLLOW closes the gap between the symlink check above and the open, where the OS has it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(info.st_size + 1)  # one byte more, to notice a file that grew since stat
    except OSError as exc:
        raise PackageError("unreadable", msg("无法读取文件：{strerror}", strerror=exc.strerror),
                           file=label) from None
    if len(data) != info.st_size:
        raise PackageError("unreadable", msg("文件在读取过程中被改动"),
                           file=label)
    return data


def _too_large(label: str, size: int, limits: PackageLimits) -> PackageError:
    return PackageError("too-large", msg("文件有 {size} 字节，超过上限 {max_package_bytes} 字节", size=size,
                                         max_package_bytes=limits.max_package_bytes), file=label)


def unpack(data: bytes, *, file: str, limits: PackageLimits) -> dict[str, bytes]:
    """Every entry of a package's ZIP bytes, by name, in stored order. ``file`` names it in errors."""
    end = _end_record(data, file, limits)
    infos = _directory(data, end, file)
    _check_table(infos, file, limits)
    raw = _check_layout(data, infos, end, file)
    return {entry.name.decode("ascii"): _inflate(entry, file) for entry in raw}


def _damaged(file: str, text: Msg, entry: str | None = None) -> PackageError:
    return PackageError("unreadable", msg("ZIP 结构已损坏：{text}", text=text), file=file, entry=entry)


def _end_record(data: bytes, file: str, limits: PackageLimits) -> layout.EndRecord:
    if len(data) < len(layout.LOCAL_SIGNATURE) and layout.LOCAL_SIGNATURE.startswith(data):
        raise PackageError("truncated", msg("文件不完整（被截断）"), file=file)
    if not data.startswith(layout.LOCAL_SIGNATURE):
        raise PackageError("not-zip", msg("不是 ZIP 格式的数据包"), file=file)
    tail = data[-layout.END_RECORD_SIZE:]
    if len(data) < layout.END_RECORD_SIZE or not tail.startswith(layout.END_SIGNATURE):
        # The end record is the last thing in a package: if it is not there, the file was cut short,
        # unless the record sits further back with bytes after it (a comment or appended data).
        found = data.rfind(layout.END_SIGNATURE, max(0, len(data) - 0xFFFF - layout.END_RECORD_SIZE))
        if found >= 0 and found + layout.END_RECORD_SIZE < len(data):
            raise _damaged(file, msg("ZIP 结束记录之后还有数据"))
        raise PackageError("truncated", msg("文件不完整（被截断或损坏），找不到 ZIP 结束记录"), file=file)
    end = layout.parse_end_record(tail)
    if end is None:
        raise _damaged(file, msg("结束记录不合规定（分卷、注释或条目数不一致）"))
    if end.count > limits.max_entries:
        raise PackageError("too-many-entries", msg("有 {count} 个条目，超过上限 {max_entries}", count=end.count,
                                                   max_entries=limits.max_entries), file=file)
    directory_end = end.directory_offset + end.directory_size
    if directory_end != len(data) - layout.END_RECORD_SIZE:
        raise _damaged(file, msg("目录的位置或大小不对"))
    # Bound the directory before zipfile parses it, so a lying count cannot hide a huge directory.
    if end.directory_size > end.count * (layout.CENTRAL_HEADER_SIZE + MAX_NAME_BYTES):
        raise _damaged(file, msg("目录比条目数所需的大"))
    return end


def _directory(data: bytes, end: layout.EndRecord, file: str) -> list[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception as exc:  # zipfile raises many kinds on damaged input: BadZipFile, ValueError, UnicodeDecodeError…
        raise _damaged(file, msg("无法读取目录（{exc}）", exc=exc)) from None
    if len(infos) != end.count:
        raise _damaged(file, msg("目录中的条目数与结束记录不符"))
    return infos


def _check_table(infos: list[zipfile.ZipInfo], file: str, limits: PackageLimits) -> None:
    """Names, types, duplicates and declared sizes, from the directory alone: nothing is inflated yet."""
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename  # before zipfile cuts it at a NUL or rewrites separators
        problem = entry_name_problem(name)
        if problem:
            raise PackageError("path-escape", problem, file=file, entry=repr(name))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError("symlink", msg("条目是符号链接"), file=file, entry=name)
        folded = name.lower()  # names are ASCII; Windows and macOS folders ignore case, so 'A' and 'a' collide
        if folded in seen:
            raise PackageError("duplicate-entry", msg("条目名重复"),
                               file=file, entry=name)
        seen.add(folded)
        if info.flag_bits & 0x1:
            raise _damaged(file, msg("条目已加密，不允许"), entry=name)
        if info.compress_type != layout.METHOD_DEFLATE:
            raise _damaged(file, msg("压缩方式 {compress_type} 不允许（只允许 deflate）",
                                     compress_type=info.compress_type), entry=name)
        if info.file_size > limits.max_entry_bytes:
            raise PackageError("zip-bomb", msg("条目解压后有 {file_size} 字节，超过上限 {max_entry_bytes}",
                                               file_size=info.file_size, max_entry_bytes=limits.max_entry_bytes),
                               file=file, entry=name)
        if info.file_size > limits.ratio_applies_above and \
                info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise PackageError("zip-bomb", msg("条目压缩比超过 {max_ratio}:1", max_ratio=limits.max_ratio), file=file,
                               entry=name)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackageError("zip-bomb", msg("全部条目解压后超过 {max_total_bytes} 字节",
                                               max_total_bytes=limits.max_total_bytes), file=file)


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], end: layout.EndRecord,
                  file: str) -> list[layout.RawEntry]:
    """Rebuild every header from the directory's values and the fixed layout, and compare with the file.

    zipfile ignores most local header fields and tolerates gaps and prefixes; this makes every byte outside
    the deflate streams either fixed or cross-checked, so damage anywhere is caught.
    """
    raw: list[layout.RawEntry] = []
    offset = 0
    for info in infos:
        name = info.orig_filename
        start = offset + layout.LOCAL_HEADER_SIZE + len(name)
        entry = layout.RawEntry(name.encode("ascii"), data[start:start + info.compress_size], info.file_size,
                                info.CRC)
        header = layout.local_header(entry)
        if info.header_offset != offset or data[offset:start] != header:
            raise _damaged(file, msg("条目头与目录不符"),
                           entry=name)
        if len(entry.compressed) != info.compress_size:
            raise _damaged(file, msg("条目数据超出文件末尾"), entry=name)
        raw.append(entry)
        offset = start + info.compress_size
    if offset != end.directory_offset:
        raise _damaged(file, msg("条目之后、目录之前有多余数据"))
    expected = b"".join(layout.central_header(entry, info.header_offset)
                        for entry, info in zip(raw, infos, strict=True))
    if data[end.directory_offset:end.directory_offset + end.directory_size] != expected:
        raise _damaged(file, msg("目录不合规定的格式"))
    if data[-layout.END_RECORD_SIZE:] != layout.end_record(end.count, end.directory_size, end.directory_offset):
        raise _damaged(file, msg("结束记录不合规定的格式"))
    return raw


def _inflate(entry: layout.RawEntry, file: str) -> bytes:
    """Inflate in bounded chunks, stopping as soon as output passes the declared size."""
    name = entry.name.decode("ascii")
    inflater = zlib.decompressobj(-15)
    pieces: list[bytes] = []
    produced = 0
    pending = entry.compressed
    try:
        while not inflater.eof:
            piece = inflater.decompress(pending, INFLATE_CHUNK)
            produced += len(piece)
            if produced > entry.size:
                raise PackageError("zip-bomb", msg("条目解压后比声明的大"),
                                   file=file, entry=name)
            pieces.append(piece)
            pending = inflater.unconsumed_tail
            if not piece and not pending:
                break  # the input ran out before the stream's end
    except zlib.error as exc:
        raise _damaged(file, msg("压缩数据损坏（{exc}）", exc=exc), entry=name) from None
    if not inflater.eof or inflater.unused_data or pending:
        raise _damaged(file, msg("压缩数据不完整或有多余字节"),
                       entry=name)
    content = b"".join(pieces)
    if len(content) != entry.size:
        raise _damaged(file, msg("解压后的大小与声明不符"), entry=name)
    if zlib.crc32(content) != entry.crc:
        raise _damaged(file, msg("CRC-32 校验失败"), entry=name)
    return content
