"""An export never replaces a file that is already there: an earlier package may not have reached the county."""
from __future__ import annotations

import pytest

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange.reports import export_report
from tests.exchange.conftest import Chain
from tests.exchange.helpers import cli, sha256_file


def test_export_refuses_to_overwrite(chain: Chain) -> None:
    target = chain.usb / "a.jcpkg"
    first = export_report(chain.a, target)
    before = sha256_file(target)
    with pytest.raises(JcError) as refused:
        export_report(chain.a, target)
    assert refused.value.rule == "output-exists"
    assert sha256_file(target) == before
    outbox = chain.a.conn.execute("SELECT sequence, manifest_sha256 FROM outbox WHERE kind = 'school-report'")
    assert outbox.fetchall() == [(1, first.manifest_sha256)]  # the refused export used no sequence number


def test_cli_export_over_a_file_exits_2(chain: Chain) -> None:
    target = chain.usb / "a.jcpkg"
    chain.a.close()
    assert cli("export", chain.tmp / "school-a", "-o", target).returncode == 0
    again = cli("export", chain.tmp / "school-a", "-o", target)
    assert again.returncode == 2 and "output-exists" in again.stderr and "已存在" in again.stderr
