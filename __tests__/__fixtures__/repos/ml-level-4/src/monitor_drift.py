"""Compare last week's scoring requests with the training data; write drift=true|false to $GITHUB_OUTPUT."""
import os
from datetime import date, timedelta

import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

from prepare import FEATURES

REQUEST_LOG = "s3://acme-prediction-logs/return-risk/date={day}/requests.parquet"


def last_week() -> pd.DataFrame:
    days = [date.today() - timedelta(days=i) for i in range(1, 8)]
    return pd.concat(pd.read_parquet(REQUEST_LOG.format(day=d.isoformat())) for d in days)


def main() -> None:
    reference = pd.read_parquet("data/train.parquet")[FEATURES]
    current = last_week()[FEATURES]
    report = Report(metrics=[DataDriftPreset(drift_share=0.3)])
    report.run(reference_data=reference, current_data=current)
    report.save_html("drift-report.html")
    result = report.as_dict()["metrics"][0]["result"]
    drifted = bool(result["dataset_drift"])
    print(f"{result['number_of_drifted_columns']} of {result['number_of_columns']} columns drifted")
    with open(os.environ.get("GITHUB_OUTPUT", os.devnull), "a") as out:
        out.write(f"drift={'true' if drifted else 'false'}\n")


if __name__ == "__main__":
    main()
