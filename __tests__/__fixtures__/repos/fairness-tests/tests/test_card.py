import pytest

from credit.card import fairness_table


@pytest.fixture
def metric_frame():
    metrics = pytest.importorskip("fairlearn.metrics")
    y_true = [1, 1, 0, 0]
    y_pred = [1, 0, 1, 0]
    frame = metrics.MetricFrame(metrics={"selection_rate": metrics.selection_rate}, y_true=y_true, y_pred=y_pred, sensitive_features=list("FMFM"))
    return frame


def test_fairness_table_has_one_row_per_group(metric_frame):
    table = fairness_table(metric_frame)
    assert table.splitlines()[0] == "| group | selection_rate |"
    assert len(table.splitlines()) == 4
