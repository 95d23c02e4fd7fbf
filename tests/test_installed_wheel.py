"""A real install (not the source tree) finds its resources and assesses the demo table."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_installed_package_finds_resources(tmp_path: Path) -> None:
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(REPO)],
        capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    assert (target / "jinchang_desktop" / "_resources" / "standards" / "catalogue.toml").is_file()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import json, jinchang_desktop.resource_files as r\n"
        "from jinchang_desktop.standards.catalogue import load_profile\n"
        "print(json.dumps([str(r.resources_root()), load_profile('jinchang').sha256]))\n"
    )
    # run from an empty folder so the source tree cannot be found by accident
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    root, sha = json.loads(result.stdout)
    assert Path(root).is_relative_to(target)
    from jinchang_desktop.standards.catalogue import load_profile

    assert sha == load_profile("jinchang").sha256
    demo = target / "jinchang_desktop" / "_resources" / "demo" / "jinchang-schools.csv"
    cli = subprocess.run([sys.executable, "-m", "jinchang_desktop", "assess", str(demo), "--json"],
                         capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["profile"]["id"] == "national"
