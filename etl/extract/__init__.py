"""Text extraction: a release file (front matter + prose) -> observation rows and skipped numbers.

    from etl.extract import extract_release, ExtractionResult
    res = extract_release(path, catalog=None)   # res.source, res.rows, res.skipped

See extractor.py for how context (year, region, 分别) is carried, match.py for how the catalogue's
`match` blocks pick an indicator, and years.py for the status-year rule.
"""
from etl.extract.extractor import ExtractionResult, extract_release

__all__ = ["ExtractionResult", "extract_release"]
