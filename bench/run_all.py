"""Run every benchmark script in bench/ in turn (`make bench`).

bench_pages.py (page speed as ratios to Dash floor apps it starts itself) runs first: its table of
ratios is the one the README quotes. `--quick` passes a smoke-run flag to the scripts that take one.
"""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
QUICK = {"bench_pages.py": ["--quick"], "bench_load.py": ["--quick"], "bench_packs.py": ["--quick"]}  # scripts with a short mode


def scripts() -> list[Path]:
    found = sorted(here.glob("bench_*.py"))
    return sorted(found, key=lambda p: p.name != "bench_pages.py")


def main() -> None:
    quick = "--quick" in sys.argv[1:]
    for script in scripts():
        print(f"\n== {script.name}", flush=True)
        extra = QUICK.get(script.name, []) if quick else []
        subprocess.run([sys.executable, str(script), *extra], cwd=here.parent, check=False)


if __name__ == "__main__":
    main()
