"""Ledger entries and balances."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Entry:
    account: str
    amount: Decimal

    def __post_init__(self) -> None:
        if not self.account:
            raise ValueError("an entry needs an account")


def balance(entries: list[Entry], account: str) -> Decimal:
    return sum((e.amount for e in entries if e.account == account), Decimal("0"))
