from decimal import Decimal

import pytest

from ledger import Entry
from ledger.store import save, total

pytestmark = pytest.mark.integration


def test_saved_entries_add_up(conn):
    save(conn, Entry("cash", Decimal("2.50")))
    save(conn, Entry("cash", Decimal("1.25")))
    assert total(conn, "cash") == Decimal("3.75")
