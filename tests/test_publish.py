"""A build killed at any point leaves either the old table with its reports, or a mismatch that is
detected; the next build removes what the dead one left and publishes a consistent unit."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import publish
from tests.test_build import RELEASE
from tests.test_build import inputs as build_inputs

ROOT = Path(__file__).resolve().parent.parent

# The small build of tests/test_build.py: one release, a few curated figures and NBS rows.
inputs = build_inputs


def build(inputs, fault: str | None = None) -> subprocess.CompletedProcess:
    src, ref, out = inputs
    env = {**os.environ, "JJJ_FAULT_AT": fault or ""}
    return subprocess.run([sys.executable, "-m", "etl", "--quiet", "--sources", str(src), "--reference", str(ref),
                           "--output", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def junk(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.glob(".*.tmp"))


def add_release(inputs) -> None:
    (inputs[0] / "2023-03_b.txt").write_text(RELEASE.replace("2021年北京PM2.5平均浓度33", "2022年北京PM2.5平均浓度30")
                                             .replace("2022-03", "2023-03").replace("2022\n", "2023\n"), encoding="utf-8")


@pytest.mark.parametrize("step", publish.STEPS)
def test_kill_at_each_step_never_serves_a_mixed_build(inputs, step):
    out = inputs[2]
    assert build(inputs).returncode == 0
    old = out.read_bytes()
    add_release(inputs)
    killed = build(inputs, fault=step)
    assert killed.returncode == 137
    pq.read_table(out)  # whatever happened, the table on disk is a whole parquet
    if out.read_bytes() == old and step in ("start", "temp-written"):
        assert publish.check(out) is None  # nothing of the new build was published
    if step in ("reports-renamed", "before-table"):
        assert "describes table version" in publish.check(out)  # new reports beside the old table: detected
    again = build(inputs)
    assert again.returncode == 0, again.stderr
    assert junk(out) == [] and publish.check(out) is None
    assert out.read_bytes() != old


def test_random_kill_nine_leaves_no_junk_after_the_next_build(inputs):
    out = inputs[2]
    assert build(inputs).returncode == 0
    add_release(inputs)
    rng = random.Random(7)
    src, ref, _ = inputs
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "etl", "--quiet", "--sources", str(src), "--reference", str(ref),
                                 "--output", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        pq.read_table(out)
    assert build(inputs).returncode == 0
    assert junk(out) == [] and publish.check(out) is None


def test_version_is_a_content_hash(inputs):
    assert build(inputs).returncode == 0
    out = inputs[2]
    first = pq.read_schema(out).metadata[publish.VERSION_KEY]
    assert build(inputs).returncode == 0
    assert pq.read_schema(out).metadata[publish.VERSION_KEY] == first
    add_release(inputs)
    assert build(inputs).returncode == 0
    assert pq.read_schema(out).metadata[publish.VERSION_KEY] != first
