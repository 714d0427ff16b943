"""Errors that name the input at fault, so an analyst can open the file at that line and fix it."""
from __future__ import annotations


class SourceError(Exception):
    """A source (release text or curated CSV row) that cannot be read as it stands."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class CatalogError(Exception):
    """The YAML catalogue is inconsistent (duplicate id, unknown theme or parent, ...)."""
