"""installer/build_deb.sh packs the bundle: files under /opt, the command on the PATH, a menu entry with its icon.

Installing needs root and changes the machine, so .ci/run does that part (apt-get install, then --self-check).
"""
from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

from jinchang_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "installer" / "build_deb.sh"


def this_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def build(bundle: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), "--bundle", str(bundle), "--out", str(out), *extra],
                          cwd=REPO, capture_output=True, text=True, timeout=1800)


def test_the_package_installs_under_opt_with_a_command_and_a_menu_entry(bundle: Path, tmp_path: Path) -> None:
    result = build(bundle, tmp_path, "--compression", "none")
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip().splitlines()[-1])
    assert deb.name == f"jinchang-desktop_{__version__}_{this_arch()}.deb"

    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}" in fields and f"Architecture: {this_arch()}" in fields
    assert "Depends: libc6 (>= 2." in fields

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    program = root / "opt" / "jinchang-desktop" / "jinchang-desktop"
    assert program.is_file() and program.stat().st_mode & 0o111
    assert (root / "opt" / "jinchang-desktop" / "_internal" / "jinchang_desktop" / "_resources" / "standards"
            / "catalogue.toml").is_file()
    link = root / "usr" / "bin" / "jinchang-desktop"
    assert link.is_symlink() and str(link.readlink()) == "/opt/jinchang-desktop/jinchang-desktop"
    icon = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "jinchang-desktop.svg"
    assert icon.read_bytes() == (REPO / "resources" / "icons" / "app.svg").read_bytes()

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(root / "usr" / "share" / "applications" / "jinchang-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "/opt/jinchang-desktop/jinchang-desktop"
    assert desktop["Icon"] == "jinchang-desktop" and desktop["Type"] == "Application"
    assert desktop["Name[zh_CN]"]

    # The installed copy runs from its new place (it finds _internal beside the real file).
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"jinchang-desktop {__version__}"


def test_a_package_for_another_architecture_than_the_bundle_s_is_refused(bundle: Path, tmp_path: Path) -> None:
    other = "arm64" if this_arch() == "amd64" else "amd64"
    result = build(bundle, tmp_path, "--arch", other)
    assert result.returncode == 2
    assert f"not {other}" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_architecture_is_refused(bundle: Path, tmp_path: Path) -> None:
    result = build(bundle, tmp_path, "--arch", "i386")
    assert result.returncode == 2
    assert "amd64 or arm64" in result.stderr
