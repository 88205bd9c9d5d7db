from sentiment.model import build_model


def test_pipeline_has_vectorizer_then_classifier():
    steps = [name for name, _ in build_model().steps]
    assert steps == ["tfidfvectorizer", "logisticregression"]
