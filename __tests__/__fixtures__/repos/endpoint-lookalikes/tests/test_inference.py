import json

from pricing.inference import output_fn


def test_output_is_json_with_premiums():
    body, accept = output_fn([101.5, 98.0], "application/json")
    assert json.loads(body) == {"premium": [101.5, 98.0]}
    assert accept == "application/json"
