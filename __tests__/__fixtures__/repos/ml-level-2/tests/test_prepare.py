import pandas as pd

from prepare import clean


def test_clean_joins_subject_and_body():
    df = pd.DataFrame({"subject": ["Refund"], "body": ["I was charged TWICE this month"], "queue": ["billing"]})
    assert clean(df, min_chars=5)["text"].iloc[0] == "refund i was charged twice this month"


def test_clean_drops_short_and_unlabelled_tickets():
    df = pd.DataFrame(
        {"subject": [None, "hi", "Login"], "body": ["short", "no queue here at all", "cannot log in since the update"], "queue": ["other", None, "account"]}
    )
    out = clean(df, min_chars=20)
    assert out["queue"].tolist() == ["account"]
