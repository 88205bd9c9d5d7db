from shortlinks import Store


def test_shorten_then_expand(tmp_path):
    store = Store(str(tmp_path / "links.db"))
    code = store.shorten("https://example.org/a/long/path")
    assert store.expand(code) == "https://example.org/a/long/path"
    store.close()


def test_same_url_gets_the_same_code(tmp_path):
    store = Store(str(tmp_path / "links.db"))
    assert store.shorten("https://example.org") == store.shorten("https://example.org")
    store.close()


def test_codes_survive_a_reopen(tmp_path):
    db = str(tmp_path / "links.db")
    first = Store(db)
    code = first.shorten("https://example.org/keep")
    first.close()
    second = Store(db)
    assert second.expand(code) == "https://example.org/keep"
    second.close()
