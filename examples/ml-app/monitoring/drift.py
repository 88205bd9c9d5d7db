"""Compares last week's production requests with the training data and fails on drift."""
import sys

import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

from features import FEATURES


def main(reference_csv: str, current_csv: str) -> int:
    reference = pd.read_csv(reference_csv)[FEATURES]
    current = pd.read_csv(current_csv)[FEATURES]
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    report.save_html("drift-report.html")
    drifted = report.as_dict()["metrics"][0]["result"]["dataset_drift"]
    print("drift detected" if drifted else "no drift")
    return 1 if drifted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
