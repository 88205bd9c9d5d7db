"""Renders the training report page (a template), for the team's wiki."""
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "templates" / "report.html"


def render(title: str) -> str:
    return TEMPLATE.read_text().replace("{{ title }}", title)
