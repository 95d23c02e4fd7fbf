"""The README's standard-tools recipe, run as written (bash, unzip, sha256sum, openssl) on a real school export."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from jinchang_desktop.exchange.payloads import SCHOOL_REPORT
from jinchang_desktop.exchange.reports import export_report
from jinchang_desktop.packages import layout
from jinchang_desktop.packages.format import read_package
from tests.exchange.conftest import Chain
from tests.exchange.helpers import REPO

SECTION = "## Verifying a package with standard tools"


def recipe() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert SECTION in readme
    block = re.search(r"```sh\n(.*?)```", readme.split(SECTION, 1)[1], re.S)
    assert block, "the section shows the commands"
    return block.group(1)


UNZIP = "unzip -q school.jcpkg -d pkg"


def run_recipe(package: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    for tool in ("bash", "sha256sum", "openssl", "base64"):
        assert shutil.which(tool), f"{tool} is required for this test (CI installs it)"
    script = recipe()
    assert UNZIP in script
    if shutil.which("unzip") is None:  # not in a minimal Debian; Python's own zip tool extracts the same files
        script = script.replace(UNZIP, f"{shlex.quote(sys.executable)} -m zipfile -e school.jcpkg pkg")
    folder.mkdir()
    shutil.copyfile(package, folder / "school.jcpkg")
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=folder, capture_output=True,
                          text=True, timeout=60)


def test_readme_recipe_verifies_an_export(chain: Chain) -> None:
    package = export_report(chain.a, chain.usb / "a.jcpkg")
    result = run_recipe(chain.usb / "a.jcpkg", chain.tmp / "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature Verified Successfully" in result.stdout
    assert f"{SCHOOL_REPORT}: OK" in result.stdout
    assert package.key_id in result.stdout  # the key id printed is the one the county enrolled


def test_readme_recipe_catches_changed_data_and_signature(chain: Chain) -> None:
    good = read_package(export_report(chain.a, chain.usb / "a.jcpkg").path)
    changed = good.files[SCHOOL_REPORT].replace(b'"primary_students":1480', b'"primary_students":1580')
    forged = chain.usb / "changed.jcpkg"
    forged.write_bytes(layout.pack([("manifest.json", good.manifest_bytes), ("manifest.sig", good.signature),
                                    (SCHOOL_REPORT, changed)]))
    assert run_recipe(forged, chain.tmp / "changed").returncode != 0
    bad_signature = bytearray(good.signature)
    bad_signature[0] ^= 1
    resigned = chain.usb / "bad-signature.jcpkg"
    resigned.write_bytes(layout.pack([("manifest.json", good.manifest_bytes), ("manifest.sig", bytes(bad_signature)),
                                      (SCHOOL_REPORT, good.files[SCHOOL_REPORT])]))
    result = run_recipe(resigned, chain.tmp / "bad-signature")
    assert result.returncode != 0 and "Signature Verified Successfully" not in result.stdout
