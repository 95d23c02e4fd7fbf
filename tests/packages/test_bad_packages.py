"""Every kind of bad input a reader must refuse with a clear code, and never with a raw library error."""
from __future__ import annotations

import io
import json
import os
import stat
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from jinchang_desktop.canonical import canonical_json
from jinchang_desktop.packages import layout
from jinchang_desktop.packages.format import (
    PackageError,
    PackageLimits,
    VerifiedPackage,
    read_package,
    verify_package_bytes,
)
from jinchang_desktop.packages.keys import KeyPair
from tests.packages.helpers import FILES, assemble, sample_manifest, write_sample


def refusal(path: Path, limits: PackageLimits | None = None) -> PackageError:
    with pytest.raises(PackageError) as caught:
        read_package(path, limits=limits or PackageLimits())
    error = caught.value
    zh, en = str(error).split("\n")
    assert str(path) in zh and str(path) in en and error.file == str(path)
    return error


# --- the file itself ---------------------------------------------------------------------------------

@pytest.mark.parametrize("keep", ["0", "1", "3", "4", "30", "third", "half", "-23", "-22", "-21", "-1"])
def test_truncated_file(sample: VerifiedPackage, keep: str) -> None:
    data = sample.path.read_bytes()
    cut = {"third": len(data) // 3, "half": len(data) // 2}.get(keep)
    cut = cut if cut is not None else int(keep) % len(data)
    sample.path.write_bytes(data[:cut])
    assert refusal(sample.path).code == "truncated"


def _deflate_ranges(data: bytes) -> list[range]:
    """Where each entry's compressed bytes lie in the file."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        starts = [(info.header_offset + layout.LOCAL_HEADER_SIZE + len(info.filename), info.compress_size)
                  for info in archive.infolist()]
    return [range(start, start + size) for start, size in starts]


def test_a_flipped_byte_anywhere_is_refused(sample: VerifiedPackage) -> None:
    data = sample.path.read_bytes()
    assert len(data) < 2000  # small enough to try every position
    for index in range(len(data)):
        damaged = bytearray(data)
        damaged[index] ^= 0xFF
        with pytest.raises(PackageError):
            verify_package_bytes(bytes(damaged), path=sample.path)


def test_a_flipped_bit_anywhere_is_refused_or_changes_nothing(sample: VerifiedPackage) -> None:
    # Deflate has a few padding bits (after a stored block's header, after the final block) that carry no
    # information and that no inflater checks. Flipping one leaves the content, so the signature and hashes,
    # unchanged. Every other bit, and every bit of every header, must be refused.
    data = sample.path.read_bytes()
    streams = _deflate_ranges(data)
    accepted = []
    for index in range(len(data)):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[index] ^= 1 << bit
            try:
                package = verify_package_bytes(bytes(damaged), path=sample.path)
            except PackageError:
                continue
            accepted.append(index)
            assert package.manifest_bytes == sample.manifest_bytes and package.files == sample.files
    assert all(any(index in stream for stream in streams) for index in accepted)
    assert len(set(accepted)) <= 2 * len(streams)


def test_a_100_mb_file_is_refused_without_reading_it(sample: VerifiedPackage) -> None:
    os.truncate(sample.path, 100 * 1024 * 1024)  # sparse: costs no disk
    started = time.perf_counter()
    assert refusal(sample.path).code == "too-large"
    assert time.perf_counter() - started < 0.5


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.jcpkg"
    path.write_text("学校数据\nschool data\n", encoding="utf-8")
    assert refusal(path).code == "not-zip"


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jcpkg"
    path.write_bytes(b"")
    assert refusal(path).code == "truncated"


def test_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    assert refusal(tmp_path / "absent.jcpkg").code == "unreadable"
    assert refusal(tmp_path).code == "unreadable"


@pytest.mark.skipif(sys.platform == "win32", reason="creating symbolic links needs privileges on Windows")
def test_a_package_path_that_is_a_symlink(sample: VerifiedPackage, tmp_path: Path) -> None:
    link = tmp_path / "link.jcpkg"
    link.symlink_to(sample.path)
    assert refusal(link).code == "symlink"


def test_bytes_before_the_zip(sample: VerifiedPackage) -> None:
    sample.path.write_bytes(b"MZ" + bytes(100) + sample.path.read_bytes())  # as a self-extractor would
    assert refusal(sample.path).code == "not-zip"


def test_bytes_after_the_zip(sample: VerifiedPackage) -> None:
    sample.path.write_bytes(sample.path.read_bytes() + b"trailing")
    assert refusal(sample.path).code == "unreadable"


def test_a_zip_comment(sample: VerifiedPackage) -> None:
    data = sample.path.read_bytes()
    comment = "备注".encode()
    sample.path.write_bytes(data[:-2] + len(comment).to_bytes(2, "little") + comment)
    assert refusal(sample.path).code == "unreadable"


def test_a_zip_in_another_layout(tmp_path: Path, keypair: KeyPair) -> None:
    # Same entries, written by zipfile with its own timestamps: readable as a ZIP, but not a package.
    good = write_sample(tmp_path / "good.jcpkg", keypair)
    path = tmp_path / "other.jcpkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", good.manifest_bytes)
        archive.writestr("manifest.sig", good.signature)
        for name, data in good.files.items():
            archive.writestr(name, data)
    assert refusal(path).code == "unreadable"


def test_stored_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "stored.jcpkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", b"{}")
    error = refusal(path)
    assert error.code == "unreadable" and "deflate" in error.en


# --- entry names and types ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "../x", "data/../../x", "/abs", "/etc/passwd", "C:\\x", "C:/x", "c:x", "data\\..\\x", "", "data//x",
    "./data/x", "data/", "data/x\x00.txt", "data/学校.json",
])
def test_entries_escaping_the_folder(tmp_path: Path, keypair: KeyPair, name: str) -> None:
    manifest = sample_manifest(keypair)
    path = tmp_path / "escape.jcpkg"
    if name.isascii():
        assemble(path, manifest=manifest, signer=keypair, files={**FILES, name: b"x"})
    else:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:  # sets the UTF-8 name flag
            archive.writestr(name, b"x")
    error = refusal(path)
    assert error.code == "path-escape"
    assert error.entry == repr(name)


def test_entries_escaping_written_by_zipfile(tmp_path: Path) -> None:
    for name in ("../../evil.txt", "/tmp/evil.txt"):
        path = tmp_path / "evil.jcpkg"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo(name), b"pwned")
        assert refusal(path).code == "path-escape"


def test_a_symlink_entry(tmp_path: Path) -> None:
    path = tmp_path / "link.jcpkg"
    info = zipfile.ZipInfo("data/school.json")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(info, "/etc/passwd")
    error = refusal(path)
    assert error.code == "symlink" and error.entry == "data/school.json"


@pytest.mark.parametrize("second", ["data/school.json", "data/SCHOOL.json"])
def test_duplicate_entry_names(tmp_path: Path, keypair: KeyPair, second: str) -> None:
    manifest = sample_manifest(keypair)
    entries = [("manifest.json", canonical_json(manifest)), ("manifest.sig", keypair.sign(canonical_json(manifest))),
               *FILES.items(), (second, b'{"students":1}')]
    path = tmp_path / "dup.jcpkg"
    path.write_bytes(layout.pack(entries))
    error = refusal(path)
    assert error.code == "duplicate-entry" and error.entry == second


# --- sizes: bombs and counts -------------------------------------------------------------------------

def test_a_zip_bomb_of_300_mb_zeros(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jcpkg"
    info = zipfile.ZipInfo("data/zeros.bin")
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as archive, archive.open(info, "w") as entry:
        zeros = bytes(1024 * 1024)
        for _ in range(300):
            entry.write(zeros)
    assert path.stat().st_size < 400_000
    started = time.perf_counter()
    error = refusal(path)
    assert error.code == "zip-bomb" and error.entry == "data/zeros.bin"
    assert time.perf_counter() - started < 0.5  # refused from the directory, nothing inflated


def test_a_compression_ratio_over_the_limit(tmp_path: Path, keypair: KeyPair) -> None:
    files = {"data/zeros.bin": bytes(2 * 1024 * 1024)}  # within every size limit, but about 1000:1
    path = assemble(tmp_path / "ratio.jcpkg", manifest=sample_manifest(keypair, files), signer=keypair, files=files)
    error = refusal(path)
    assert error.code == "zip-bomb" and "ratio" in error.en
    # Small entries are not ratio-checked by default: short JSON can compress far beyond 100:1.
    small = write_sample(tmp_path / "small.jcpkg", keypair, files={"data/a.json": b"[" + b"0," * 5000 + b"0]"})
    assert read_package(small.path) == small
    assert refusal(small.path, PackageLimits(ratio_applies_above=0)).code == "zip-bomb"


def test_total_inflated_size_over_the_limit(sample: VerifiedPackage) -> None:
    total = sum(len(data) for data in FILES.values()) + len(sample.manifest_bytes) + 64
    assert read_package(sample.path, limits=PackageLimits(max_total_bytes=total)) == sample
    assert refusal(sample.path, PackageLimits(max_total_bytes=total - 1)).code == "zip-bomb"


def test_an_entry_over_the_size_limit(sample: VerifiedPackage) -> None:
    assert refusal(sample.path, PackageLimits(max_entry_bytes=100)).code == "zip-bomb"


def test_an_entry_that_inflates_past_its_declared_size(tmp_path: Path, keypair: KeyPair) -> None:
    manifest = canonical_json(sample_manifest(keypair, {}))
    small = bytes(100)
    liar = layout.RawEntry(b"data/zeros.bin", layout.deflate(bytes(20 * 1024 * 1024)), len(small), zlib.crc32(small))
    path = tmp_path / "liar.jcpkg"
    path.write_bytes(layout.pack_raw([layout.raw_entry("manifest.json", manifest),
                                      layout.raw_entry("manifest.sig", keypair.sign(manifest)), liar]))
    error = refusal(path)
    assert error.code == "zip-bomb" and error.entry == "data/zeros.bin"


def test_too_many_entries(tmp_path: Path, sample: VerifiedPackage) -> None:
    path = tmp_path / "many.jcpkg"
    path.write_bytes(layout.pack([(f"data/{i}", b"") for i in range(1001)]))
    assert refusal(path).code == "too-many-entries"
    assert refusal(sample.path, PackageLimits(max_entries=3)).code == "too-many-entries"


# --- the manifest ------------------------------------------------------------------------------------

def signed(tmp_path: Path, keypair: KeyPair, manifest: dict[str, object] | bytes,
           files: dict[str, bytes] = FILES) -> Path:
    return assemble(tmp_path / "p.jcpkg", manifest=manifest, signer=keypair, files=files)


def test_the_helper_builds_a_good_package(tmp_path: Path, keypair: KeyPair) -> None:
    assert read_package(signed(tmp_path, keypair, sample_manifest(keypair))).files == FILES


def test_wrong_format_version(tmp_path: Path, keypair: KeyPair) -> None:
    manifest = sample_manifest(keypair)
    manifest["format"] = 2
    error = refusal(signed(tmp_path, keypair, manifest))
    assert error.code == "format-version" and "version is 2" in error.en


def test_manifest_not_utf8(tmp_path: Path, keypair: KeyPair) -> None:
    gbk = json.dumps(sample_manifest(keypair), ensure_ascii=False).encode("gbk")  # what a GBK tool would write
    assert refusal(signed(tmp_path, keypair, gbk)).code == "manifest-encoding"


@pytest.mark.parametrize("text", [
    b"not json", b"", b"{", b'{"format":1,}', b"[1,2]", b'"text"', b"\xef\xbb\xbf{}",
    b'{"format":NaN}', b'{"format":1,"format":1}', b"[" * 100_000,
])
def test_manifest_not_json(tmp_path: Path, keypair: KeyPair, text: bytes) -> None:
    assert refusal(signed(tmp_path, keypair, text)).code == "manifest-json"


def _set(manifest: dict[str, object], dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    target: object = manifest
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]  # type: ignore[index]
    if value is KeyError:
        del target[last]  # type: ignore[attr-defined]
    else:
        target[last] = value  # type: ignore[index]


@pytest.mark.parametrize(("field", "value"), [
    ("format", "1"), ("format", True), ("format", KeyError),
    ("kind", "report"), ("kind", KeyError), ("extra", 1),
    ("issuer.role", "teacher"), ("issuer.code", ""), ("issuer.code", 620302001), ("issuer.extra", ""),
    ("public_key", "not base64!"), ("public_key", "AAAA"), ("public_key", 5),
    ("key_id", "ABC"), ("school_year", "2025"), ("school_year", 2025.0), ("school_year", True),
    ("sequence", 0), ("sequence", -1), ("sequence", 1.5), ("previous", "ab" * 32), ("previous", None),
    ("created", "2026-11-29T10:00:00+08:00"), ("created", "2026-13-01T10:00:00Z"), ("created", "2026-1-1T1:0:0Z"),
    ("app_version", ""), ("profile.sha256", "x"), ("profile", []),
    ("files", {}), ("files.0.size", -1), ("files.0.size", "61"), ("files.0.sha256", "00"),
    ("files.0.path", "../classes.json"), ("files.0.path", "classes.json"), ("files.0.extra", 1),
    ("files.1.path", "data/classes.json"),  # repeated, so not sorted
])
def test_manifest_fields(tmp_path: Path, keypair: KeyPair, field: str, value: object) -> None:
    manifest = sample_manifest(keypair)
    _set(manifest, field, value)
    assert refusal(signed(tmp_path, keypair, manifest)).code == "manifest-field"


def test_files_out_of_order(tmp_path: Path, keypair: KeyPair) -> None:
    manifest = sample_manifest(keypair)
    manifest["files"] = list(reversed(manifest["files"]))  # type: ignore[call-overload]
    assert refusal(signed(tmp_path, keypair, manifest)).code == "manifest-field"


def test_missing_manifest(tmp_path: Path) -> None:
    path = assemble(tmp_path / "p.jcpkg", manifest=None, signer=None, files=FILES)
    assert refusal(path).code == "missing-manifest"


def test_missing_signature(tmp_path: Path, keypair: KeyPair) -> None:
    path = assemble(tmp_path / "p.jcpkg", manifest=sample_manifest(keypair), signer=None, files=FILES)
    assert refusal(path).code == "bad-signature"


# --- signature, key and hashes -----------------------------------------------------------------------

def test_wrong_key_id(tmp_path: Path, keypair: KeyPair, other_key: KeyPair) -> None:
    manifest = sample_manifest(keypair)
    manifest["key_id"] = other_key.key_id
    assert refusal(signed(tmp_path, keypair, manifest)).code == "key-mismatch"


def test_signature_by_another_key(tmp_path: Path, keypair: KeyPair, other_key: KeyPair) -> None:
    manifest = sample_manifest(keypair)  # claims keypair's public key ...
    path = signed(tmp_path, other_key, manifest)  # ... but other_key signed it
    error = refusal(path)
    assert error.code == "bad-signature" and error.entry == "manifest.sig"


def test_manifest_changed_after_signing(tmp_path: Path, keypair: KeyPair) -> None:
    manifest = sample_manifest(keypair)
    signature = keypair.sign(canonical_json(manifest))
    manifest["school_year"] = 2026
    path = assemble(tmp_path / "p.jcpkg", manifest=manifest, signer=None, signature=signature, files=FILES)
    assert refusal(path).code == "bad-signature"


@pytest.mark.parametrize("length", [0, 63, 65])
def test_signature_of_the_wrong_length(tmp_path: Path, keypair: KeyPair, length: int) -> None:
    manifest = sample_manifest(keypair)
    signature = (keypair.sign(canonical_json(manifest)) * 2)[:length]
    path = assemble(tmp_path / "p.jcpkg", manifest=manifest, signer=None, signature=signature, files=FILES)
    assert refusal(path).code == "bad-signature"


@pytest.mark.parametrize("extra", ["data/extra.json", "readme.txt"])
def test_unlisted_entry(tmp_path: Path, keypair: KeyPair, extra: str) -> None:
    path = signed(tmp_path, keypair, sample_manifest(keypair), {**FILES, extra: b"{}"})
    error = refusal(path)
    assert error.code == "unlisted-entry" and error.entry == extra


def test_hash_mismatch_same_size(tmp_path: Path, keypair: KeyPair) -> None:
    original = FILES["data/school.json"]
    forged = original.replace(b"812", b"999")
    assert len(forged) == len(original)
    path = signed(tmp_path, keypair, sample_manifest(keypair), {**FILES, "data/school.json": forged})
    error = refusal(path)
    assert error.code == "hash-mismatch" and error.entry == "data/school.json" and "SHA-256" in error.en


def test_size_mismatch(tmp_path: Path, keypair: KeyPair) -> None:
    path = signed(tmp_path, keypair, sample_manifest(keypair), {**FILES, "data/classes.json": b"[]"})
    error = refusal(path)
    assert error.code == "hash-mismatch" and error.entry == "data/classes.json"


def test_missing_entry(tmp_path: Path, keypair: KeyPair) -> None:
    files = dict(FILES)
    del files["data/classes.json"]
    path = signed(tmp_path, keypair, sample_manifest(keypair), files)
    error = refusal(path)
    assert error.code == "missing-entry" and error.entry == "data/classes.json"
