"""The frozen bundle, built once per test session from installer/jinchang_desktop.spec with PyInstaller.

Building takes a minute or two. ``JC_BUNDLE=/path/to/dist/jinchang-desktop`` reuses a bundle built already from
the same tree (as .ci/run and a developer iterating on these tests may do).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXE_NAME = "jinchang-desktop.exe" if sys.platform == "win32" else "jinchang-desktop"


def build_bundle(dist: Path, work: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(dist), "--workpath",
         str(work), str(REPO / "installer" / "jinchang_desktop.spec")],
        cwd=REPO, capture_output=True, text=True, timeout=3600)
    assert result.returncode == 0, result.stderr[-5000:]
    return dist / "jinchang-desktop"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the bundle's executable and _internal/."""
    given = os.environ.get("JC_BUNDLE")
    if given:
        path = Path(given)
    else:
        base = tmp_path_factory.mktemp("bundle")
        path = build_bundle(base / "dist", base / "work")
        shutil.rmtree(base / "work", ignore_errors=True)
    assert (path / EXE_NAME).is_file(), f"no bundle at {path}"
    return path


@pytest.fixture
def bundle_copy(bundle: Path, tmp_path: Path) -> Path:
    """A private copy of the bundle, for tests that put files beside the executable (portable mode)."""
    copy = tmp_path / "stick" / "jinchang-desktop"
    shutil.copytree(bundle, copy, symlinks=True)
    return copy


def run_bundle(folder: Path, *args: str, home: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable with a private HOME (and XDG folders) so the user's profile is never touched."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / ".local"),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
           "APPDATA": str(home / "AppData"), "LOCALAPPDATA": str(home / "LocalAppData")}
    env.pop("PYTHONPATH", None)
    env.pop("MPLCONFIGDIR", None)
    return subprocess.run([str(folder / EXE_NAME), *args], capture_output=True, text=True, env=env, cwd=home,
                          timeout=timeout)
