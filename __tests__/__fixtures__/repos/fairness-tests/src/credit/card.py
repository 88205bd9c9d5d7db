def fairness_table(metric_frame) -> str:
    """A Markdown table of a fairlearn MetricFrame, one row per group, for the model card."""
    by_group = metric_frame.by_group
    rows = ["| group | " + " | ".join(by_group.columns) + " |", "| --- |" + " --- |" * len(by_group.columns)]
    for group, values in by_group.iterrows():
        rows.append(f"| {group} | " + " | ".join(f"{v:.2f}" for v in values) + " |")
    return "\n".join(rows)
