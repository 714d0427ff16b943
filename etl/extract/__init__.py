"""Text extraction: a release file (front matter + prose) -> observation rows and skipped numbers.

    from etl.extract import extract_release, ExtractionResult
    res = extract_release(path, catalog=None)   # res.source, res.rows, res.candidates, res.skipped

One file per concern: release.py (front matter, paragraphs, pinyin and dateline clean-up), numbers.py
(every number and what it is), units.py (unit words to a base and scale), years.py (the role of a year,
X年来, the status year), regions.py (catalogue regions, places outside it, anaphora, comparisons),
subject.py (what a release is about: the region anaphora mean, the headline's year and period),
match.py (which indicator a number reports), phrase.py (a candidate's measure phrase, unit and kind),
extractor.py (context carried from clause to clause and every precision rule; its docstring maps them).

`res.candidates`: numbers with a unit, a region and a year that no indicator takes, one dict each with
candidate_id (phrase|unit, plus |measure unless a level), phrase, unit, measure, region, year,
period_start, base_year, value, qualifier, raw, line and quote.
"""
from etl.extract.extractor import ExtractionResult, extract_release

__all__ = ["ExtractionResult", "extract_release"]
