import sqlite3

from .codes import decode, encode


class Store:
    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS links (id INTEGER PRIMARY KEY, url TEXT UNIQUE NOT NULL)")

    def shorten(self, url: str) -> str:
        row = self.db.execute("SELECT id FROM links WHERE url = ?", (url,)).fetchone()
        if row is None:
            cur = self.db.execute("INSERT INTO links (url) VALUES (?)", (url,))
            self.db.commit()
            return encode(cur.lastrowid)
        return encode(row[0])

    def expand(self, code: str) -> str | None:
        row = self.db.execute("SELECT url FROM links WHERE id = ?", (decode(code),)).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        self.db.close()
