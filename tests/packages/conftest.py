"""Keys and a sample package for the package-format tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.packages.keys import KeyPair, generate_key
from tests.packages.helpers import write_sample


@pytest.fixture
def keypair() -> KeyPair:
    return generate_key()


@pytest.fixture
def other_key() -> KeyPair:
    return generate_key()


@pytest.fixture
def sample(tmp_path: Path, keypair: KeyPair) -> VerifiedPackage:
    return write_sample(tmp_path / "school.jcpkg", keypair)
