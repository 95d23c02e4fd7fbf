"""Print how fast packages are written and verified, next to a bare loop doing only the unavoidable work.

    python benchmarks/package_verify.py [--dir FOLDER] [-n 2000]

Writing includes signing, verifying the result with the reader's checks, and an fsync per file, so the write
figure depends on the disk: run it on the disk the app will use (``--dir``). The bare loop reads each file,
opens it with zipfile, hashes every entry and verifies the signature: the floor for read_package.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import tempfile
import time
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jinchang_desktop.packages.format import Issuer, read_package, write_package
from jinchang_desktop.packages.keys import generate_key


def school_json(n: int) -> bytes:
    """About 3 KB of a school's declared data, different for every school."""
    values = {f"field_{k:02d}": (n * 31 + k * 7) % 1000 + 0.5 for k in range(80)}
    return json.dumps({"code": f"62{n:08d}", "name": f"学校{n}", "school_year": 2025, "values": values},
                      ensure_ascii=False, sort_keys=True).encode("utf-8")


def bare_verify(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        manifest_bytes = archive.read("manifest.json")
        signature = archive.read("manifest.sig")
        manifest = json.loads(manifest_bytes)
        for item in manifest["files"]:
            if hashlib.sha256(archive.read(item["path"])).hexdigest() != item["sha256"]:
                raise ValueError(f"{path}: {item['path']} does not match")
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["public_key"]))
    key.verify(signature, manifest_bytes)


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:9.0f} packages/s  ({seconds * 1e6 / count:7.1f} µs each)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="folder to write the packages in")
    parser.add_argument("-n", "--packages", type=int, default=2000)
    args = parser.parse_args()
    count: int = args.packages
    keys = [generate_key() for _ in range(min(count, 50))]
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        paths = [Path(folder) / f"school-{n:05d}.jcpkg" for n in range(count)]
        payloads = [{"data/school.json": school_json(n)} for n in range(count)]

        started = time.perf_counter()
        for n, (path, files) in enumerate(zip(paths, payloads, strict=True)):
            write_package(path, kind="school-report", issuer=Issuer("school", f"62{n:08d}", f"学校{n}"),
                          keypair=keys[n % len(keys)], school_year=2025, sequence=1, previous="",
                          profile_id="jinchang-2025", profile_sha256="5c" * 32, files=files)
        write_seconds = time.perf_counter() - started

        started = time.perf_counter()
        for path in paths:
            read_package(path)
        read_seconds = time.perf_counter() - started

        started = time.perf_counter()
        for path in paths:
            bare_verify(path)
        bare_seconds = time.perf_counter() - started

        size = sum(path.stat().st_size for path in paths) / count
    print(f"{count} packages of {size:.0f} bytes each")
    print(f"write_package  {rate(count, write_seconds)}")
    print(f"read_package   {rate(count, read_seconds)}")
    print(f"bare loop      {rate(count, bare_seconds)}")
    print(f"read_package / bare loop: {read_seconds / bare_seconds:.2f}×")


if __name__ == "__main__":
    main()
