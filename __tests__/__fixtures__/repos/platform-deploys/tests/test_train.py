from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def test_pipeline_learns_two_categories():
    model = make_pipeline(TfidfVectorizer(), LogisticRegression())
    model.fit(["windscreen cracked", "water in the kitchen"], ["motor", "home"])
    assert list(model.predict(["cracked windscreen"])) == ["motor"]
