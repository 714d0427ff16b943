"""The record every input step hands to reconciliation, whatever the source.

Releases, curated figures, the NBS series and derived totals all become the same dict, so
reconcile.py and build.py never ask where a row came from. Fields a source cannot know
(a quote for a CSV figure, a vintage for a news sentence) default to None here, in one place.
"""
from __future__ import annotations

REQUIRED = ("indicator", "region", "year", "value", "source_id", "source_kind", "source_title",
            "source_location", "method")

DEFAULTS = {
    "period_start": None,   # first year of a cumulative period
    "base_year": None,      # base of a change or multiple
    "qualifier": "exact",
    "raw": None,            # the number as written
    "precision": None,      # step of the last written digit, in the indicator's unit (for reconciliation)
    "quote": None,
    "source_publisher": None,
    "source_date": None,
    "source_url": None,
    "derived": False,
    "vintage": None,
}


def observation(**fields) -> dict:
    missing = [k for k in REQUIRED if fields.get(k) is None]
    if missing:
        raise ValueError(f"observation lacks {', '.join(missing)}")
    return {**DEFAULTS, **fields}
