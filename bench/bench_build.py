"""Full rebuild time of data/indicators.parquet from ../shared (prints numbers; not a test).

Usage: .venv/bin/python bench/bench_build.py [runs]
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.build import run  # noqa: E402


def main(runs: int = 5) -> None:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            started = time.perf_counter()
            result = run(Path(tmp) / f"t{i}.parquet", progress=lambda *a, **k: None)
            times.append(time.perf_counter() - started)
    print(f"full rebuild ({len(result.rows)} observations): median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s over {runs} runs (in-process, imports excluded)")
    started = time.perf_counter()
    import subprocess
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "etl", "--quiet", "--output", str(Path(tmp) / "x.parquet")], check=True,
                       cwd=Path(__file__).resolve().parent.parent)
    print(f"`python -m etl` end to end (new process, imports included): {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
