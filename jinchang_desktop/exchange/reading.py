"""Read and verify many package files, on a second core when there are enough of them.

Verifying a package (inflate, hash every entry, check the Ed25519 signature) needs nothing from the workspace, so
while the importer classifies and stores one package, a helper process verifies the next ones. With a few files,
or one core, or where a helper process cannot be started, the files are read here, one after another: the result
is the same either way. While the helper starts (a new interpreter and its imports take a good part of a second
on a slow PC) the first files are read here too, so the import does not stand waiting for it.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Generator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from jinchang_desktop.i18n import fixed
from jinchang_desktop.packages.format import PackageError, VerifiedPackage, read_package

PARALLEL_FROM = 200  # below this many files a helper process costs more than it saves
# Files per task: amortises handing tasks and results between processes, which the importing process does
# only when its other thread gets the GIL (every 5 ms while it stores packages): 16 left the helper idle.
BATCH = 64
AHEAD = 8  # tasks in flight: bounds the memory held by results not yet stored

Outcome = VerifiedPackage | PackageError
_Sent = tuple[str, object, str, str, str | None, str | None]


def _exit_with_parent() -> None:
    """In the helper: end as soon as the importing process ends, however it ends (even SIGKILL or a crash)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _read_one(path: Path) -> Outcome:
    try:
        return read_package(path)
    except PackageError as exc:
        return exc


def _read_batch(paths: list[str]) -> list[VerifiedPackage | _Sent]:
    """Runs in the helper process. Errors travel as plain tuples: exceptions do not always survive pickling."""
    results: list[VerifiedPackage | _Sent] = []
    for name in paths:
        outcome = _read_one(Path(name))
        if isinstance(outcome, PackageError):
            results.append(("error", outcome.code, outcome.zh, outcome.en, outcome.file, outcome.entry))
        else:
            results.append(outcome)
    return results


def _received(item: VerifiedPackage | _Sent) -> Outcome:
    if isinstance(item, VerifiedPackage):
        return item
    _, code, zh, en, file, entry = item
    return PackageError(str(code), fixed(zh, en), file=file, entry=entry)


def read_packages(files: list[Path]) -> Generator[tuple[Path, Outcome], None, None]:
    """Each file with its verified package or the PackageError that refuses it, in the order given."""
    if len(files) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from ((path, _read_one(path)) for path in files)
        return
    try:
        # spawn, not fork: the parent may be a GUI with threads, and frozen Windows builds only spawn.
        executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_exit_with_parent)
    except (OSError, ValueError):
        executor = None
    if executor is None:
        yield from ((path, _read_one(path)) for path in files)
        return
    try:
        ready = executor.submit(_read_batch, [])  # done once the helper is up
        start = 0
        while start < len(files) and not ready.done():
            yield files[start], _read_one(files[start])
            start += 1
        if start < len(files) and ready.exception() is not None:
            yield from ((path, _read_one(path)) for path in files[start:])
            return
        batches = [files[at:at + BATCH] for at in range(start, len(files), BATCH)]
        in_flight: deque[tuple[list[Path], Future[list[VerifiedPackage | _Sent]]]] = deque()
        queued = iter(batches)
        for batch in queued:
            in_flight.append((batch, executor.submit(_read_batch, [str(p) for p in batch])))
            if len(in_flight) >= AHEAD:
                break
        while in_flight:
            batch, future = in_flight.popleft()
            try:
                results = [_received(item) for item in future.result()]
            except Exception:  # the helper died or could not start: read this batch here instead
                results = [_read_one(path) for path in batch]
            yield from zip(batch, results, strict=True)
            following = next(queued, None)
            if following is not None:
                in_flight.append((following, executor.submit(_read_batch, [str(p) for p in following])))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
