import json

from shop import registry


def test_settings_file_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    json.dump({"folder": "models"}, path.open("w"))
    assert json.load(path.open()) == {"folder": "models"}
    assert registry.Loader
