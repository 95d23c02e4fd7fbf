"""The app never opens a network connection: any attempt to reach an IP address fails these runs."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Installed before the app is imported: any TCP/UDP connect, send or bind to an IP address ends the process.
GUARD = """
import socket, sys
_real = socket.socket
class NoNetwork(_real):
    def _refuse(self, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            sys.stderr.write('NETWORK ATTEMPT %r\\n' % (args,))
            sys.stderr.flush()
            import os; os._exit(99)
        return None
    def connect(self, *a, **k):
        self._refuse(*a); return super().connect(*a, **k)
    def connect_ex(self, *a, **k):
        self._refuse(*a); return super().connect_ex(*a, **k)
    def sendto(self, *a, **k):
        self._refuse(*a); return super().sendto(*a, **k)
    def bind(self, *a, **k):
        self._refuse(*a); return super().bind(*a, **k)
socket.socket = NoNetwork
from jinchang_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_guarded(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", GUARD, *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=180)


def test_assess_import_and_the_app_stay_offline(tmp_path: Path) -> None:
    demo = REPO / "resources" / "demo" / "jinchang-schools.csv"
    assert run_guarded("assess", str(demo), "--json", tmp_path=tmp_path).returncode == 0
    county = tmp_path / "county"
    school = tmp_path / "school"
    steps = [
        ("init", str(county), "--role", "county", "--code", "620321", "--name", "永昌县", "--year", "2025"),
        ("load", str(county), str(demo)),
        ("init", str(school), "--role", "school", "--code", "2162100001", "--name", "一小", "--county", "永昌县",
         "--year", "2025"),
        ("load", str(school), str(demo)),
        ("export", str(school), "-o", str(tmp_path / "a.jcpkg")),
        ("verify", str(tmp_path / "a.jcpkg")),
    ]
    for step in steps:
        result = run_guarded(*step, tmp_path=tmp_path)
        assert result.returncode == 0, (step, result.stderr)
    held = run_guarded("import", str(county), str(tmp_path / "a.jcpkg"), tmp_path=tmp_path)
    assert held.returncode == 1 and "NETWORK" not in held.stderr  # pending trust: held, offline
    app = run_guarded("--demo", "--exit-after-startup", tmp_path=tmp_path)
    assert app.returncode == 0, app.stderr
    assert "NETWORK" not in app.stderr


def test_the_guard_would_notice(tmp_path: Path) -> None:
    probe = subprocess.run([sys.executable, "-c", GUARD.replace(
        "from jinchang_desktop.cli import main\nsys.exit(main(sys.argv[1:]))",
        "s = socket.socket(); s.connect(('127.0.0.1', 9))")], capture_output=True, text=True, timeout=60)
    assert probe.returncode == 99 and "NETWORK ATTEMPT" in probe.stderr
