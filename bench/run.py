"""`make bench`: run every bench/bench_*.py (and the scripts of AFTER) in its own process and pass their figure lines
through."""

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# scripts not named bench_*.py, each run right after the one it follows so its lines come beside that one's:
# metamorphic.py prints how far the plan_import figures drop on rewritten seen documents (docs/plan-import.md)
AFTER = {"bench_plan_parse.py": ["metamorphic.py"]}


def main() -> int:
    failures = 0
    scripts = [
        s for b in sorted(HERE.glob("bench_*.py")) for s in (b, *(HERE / a for a in AFTER.get(b.name, [])))
    ]
    for script in scripts:
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(script)], cwd=HERE.parent, capture_output=True, text=True
        )
        sys.stdout.write(result.stdout)
        if result.returncode:
            failures += 1
            sys.stderr.write(f"{script.name} thất bại (mã {result.returncode}):\n{result.stderr[-2000:]}\n")
        print(f"# {script.name}: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
