"""Stores entries in PostgreSQL."""
from __future__ import annotations

import os
from decimal import Decimal

import psycopg2

from .entries import Entry


def connect():
    return psycopg2.connect(os.environ["DATABASE_URL"])


def save(conn, entry: Entry) -> None:
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS entries (account text, amount numeric)")
        cur.execute("INSERT INTO entries VALUES (%s, %s)", (entry.account, entry.amount))


def total(conn, account: str) -> Decimal:
    with conn.cursor() as cur:
        cur.execute("SELECT COALESCE(SUM(amount), 0) FROM entries WHERE account = %s", (account,))
        return Decimal(cur.fetchone()[0])
