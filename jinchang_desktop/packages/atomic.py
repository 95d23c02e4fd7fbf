"""Write a file so that a crash or power cut leaves either the old file or the whole new one."""
from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsync it, then rename it over.

    A ``private`` file (a secret key) is created with mode 0o600, so it is never readable by others, not even
    for an instant; other files get the usual 0o666 less the umask.
    """
    mode = 0o600 if private else 0o666
    folder = path.parent
    temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if private:
            os.chmod(temp, 0o600)  # exactly 0o600, even under an unusual umask
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new entry in ``folder`` durable (best effort).

    A rename is only durable once the folder's entry is on disk. Windows cannot open a folder for this, and some
    USB file systems refuse it; the files themselves are already synced, so that is not an error.
    """
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
