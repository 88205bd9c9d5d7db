import pytest

from ledger.store import connect


@pytest.fixture
def conn():
    connection = connect()
    yield connection
    connection.rollback()
    connection.close()
