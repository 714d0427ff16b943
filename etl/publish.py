"""Publish a build: the table and its reports land as one unit, or the old unit stays.

The build renders everything in memory; this module only writes. Each file goes to a temp file
beside its target, is fsynced and renamed into place, so a reader never sees a half-written parquet.
The reports are renamed first and the table last (the table is what the app watches), and the
reports name the table version they describe: a build killed between the two leaves new reports
beside the old table, which `check()` reports as a mismatch instead of passing it off as one build.

Builds take a lock file beside the table, so temp files found while holding it belong to a build
that died (kill -9, power loss) and are removed at start instead of piling up unseen.

`JJJ_FAULT_AT=<step>` kills the process at a named step (see STEPS): the crash test uses it to
stop a build exactly where a real kill could land.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

STEPS = ("start", "temp-written", "reports-renamed", "before-table")
VERSION_KEY = b"table_version"


def _fault(step: str) -> None:
    if os.environ.get("JJJ_FAULT_AT") == step:
        os._exit(137)  # what a kill -9 leaves: no cleanup, no finally


def table_version(table: pa.Table) -> str:
    """Content hash of the rows and the catalogue they were written with (not of the file's bytes)."""
    sink = pa.BufferOutputStream()
    unstamped = table.replace_schema_metadata({k: v for k, v in (table.schema.metadata or {}).items() if k != VERSION_KEY})
    with pa.ipc.new_stream(sink, unstamped.schema) as writer:
        writer.write_table(unstamped)
    return hashlib.sha256(sink.getvalue().to_pybytes()).hexdigest()[:16]


def stamped(table: pa.Table) -> tuple[pa.Table, str]:
    version = table_version(table)
    meta = dict(table.schema.metadata or {})
    meta[VERSION_KEY] = version.encode()
    return table.replace_schema_metadata(meta), version


def _atomic_write(path: Path, write: Callable[[str], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the served table must be readable like any file
        _fault("temp-written")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_parquet(path: Path, table: pa.Table) -> None:
    _atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd", write_statistics=True))


def write_text(path: Path, text: str) -> None:
    _atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


@contextmanager
def build_lock(output: Path) -> Iterator[list[str]]:
    """Hold the build lock; yields the names of stale temp files it removed."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output.parent / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        removed = []
        for stale in sorted(output.parent.glob(".*.tmp")):
            stale.unlink(missing_ok=True)
            removed.append(stale.name)
        yield removed


def publish(output: Path, table: pa.Table, render_texts: Callable[[str], dict[str, str]],
            extra_tables: dict[str, pa.Table] | None = None) -> str:
    """Write the reports `render_texts(version)` gives ({file name: text}) and `extra_tables`, then the table.

    Returns the table version. The caller must hold `build_lock(output)`.
    """
    _fault("start")
    table, version = stamped(table)
    for name, text in render_texts(version).items():
        write_text(output.with_name(name), text)
    for name, extra in (extra_tables or {}).items():
        write_parquet(output.with_name(name), extra.replace_schema_metadata({**(extra.schema.metadata or {}), VERSION_KEY: version.encode()}))
    _fault("reports-renamed")
    _fault("before-table")
    write_parquet(output, table)
    return version


def check(output: Path, report_name: str = "build_report.json") -> str | None:
    """None when the table and its JSON report describe the same build, else what is wrong."""
    try:
        version = (pq.read_schema(output).metadata or {}).get(VERSION_KEY, b"").decode()
    except (OSError, pa.ArrowInvalid) as exc:
        return f"{output.name} is unreadable ({type(exc).__name__})"
    try:
        reported = json.loads(output.with_name(report_name).read_text(encoding="utf-8")).get("table_version")
    except (OSError, ValueError):
        return f"{report_name} is missing or unreadable"
    if reported != version:
        return f"{report_name} describes table version {reported}, but {output.name} is version {version or 'unknown'}"
    return None
