import argparse

import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--reference", required=True)
    p.add_argument("--current", required=True)
    args = p.parse_args()
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=pd.read_parquet(args.reference), current_data=pd.read_parquet(args.current))
    report.save_html("drift.html")


if __name__ == "__main__":
    main()
