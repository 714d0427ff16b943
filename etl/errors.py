"""Errors that name the input at fault, so an analyst can open the file at that line and fix it."""
from __future__ import annotations


class SourceError(Exception):
    """A source (release text or curated CSV row) that cannot be read as it stands.
    `field`: the front-matter key or column at fault, when there is one (the message names it too)."""

    def __init__(self, path: str, line: int | None, message: str, field: str | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        self.field = field
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # picklable with its keyword argument (multiprocessing, pytest-xdist)
        return (type(self), (self.path, self.line, self.message, self.field))


class CatalogError(Exception):
    """The YAML catalogue is inconsistent (duplicate id, unknown theme or parent, ...)."""
