from decimal import Decimal

import pytest

from ledger import Entry, balance


def test_balance_sums_one_account():
    entries = [Entry("cash", Decimal("10")), Entry("cash", Decimal("-4")), Entry("bank", Decimal("7"))]
    assert balance(entries, "cash") == Decimal("6")


def test_entry_needs_an_account():
    with pytest.raises(ValueError):
        Entry("", Decimal("1"))
