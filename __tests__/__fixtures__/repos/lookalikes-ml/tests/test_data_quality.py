"""'Data quality' of the settings: the defaults the admin pages rely on."""
from app.settings import Settings


def test_no_null_defaults():
    s = Settings()
    assert s.search_index
    assert s.shards >= 1


def test_schema_of_settings_has_three_fields():
    assert set(Settings.model_fields) == {"search_index", "shards", "null_value"}
