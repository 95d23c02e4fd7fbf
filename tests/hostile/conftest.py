"""The hostile corpus uses the exchange tests' county with two enrolled schools (a fresh one per test), whose clerks
have explained their soft warnings, as the export requires: the corpus attacks the import, not the export check."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.exchange.conftest import Chain
from tests.exchange.conftest import chain as exchange_chain  # noqa: F401  (the fixture this one wraps)
from tests.exchange.helpers import explain_warnings

__all__ = ["chain"]


@pytest.fixture
def chain(exchange_chain: Chain) -> Iterator[Chain]:  # noqa: F811
    for school in (exchange_chain.a, exchange_chain.b):
        explain_warnings(school)
    yield exchange_chain
