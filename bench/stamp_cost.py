"""Before/after cost of plan_stamp on PostgreSQL with 20 plans, 5,000 tasks, 200,000 progress rows.

Run from the repository: .venv/bin/python bench/stamp_cost.py (PostgreSQL; database trithuc_bench_stamp, dropped
first). Not part of `make bench`: it compares two ways of keying the cache, for the record of issue 14.
"Before" is the earlier stamp SQL (COUNT(*) and MAX(updated_at) over the whole ProgressUpdate, Assignment,
AgencySuccession and Agency tables, plus the plan's updated_at); "after" is plans.selectors.plan_stamp."""

import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path.cwd()
spec = importlib.util.spec_from_file_location("bench_multi_plan", ROOT / "bench" / "bench_multi_plan.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
bench.DB = "trithuc_bench_stamp"
bench.setup_django()

from django.db import connection  # noqa: E402

from trithuc.agencies.models import Agency, AgencySuccession  # noqa: E402
from trithuc.agencies.services import agencies_seed  # noqa: E402
from trithuc.plans.models import Assignment, Plan, ProgressUpdate  # noqa: E402
from trithuc.plans.selectors import plan_stamp  # noqa: E402


def old_sql() -> str:
    tables = [m._meta.db_table for m in (ProgressUpdate, Assignment, AgencySuccession, Agency)]
    counted = ", ".join(
        f"(SELECT COUNT(*) AS n, MAX(updated_at) AS m FROM {t}) t{i}" for i, t in enumerate(tables)
    )
    columns = ", ".join(f"t{i}.n, t{i}.m" for i in range(len(tables)))
    return f"SELECT {columns}, (SELECT updated_at FROM {Plan._meta.db_table} WHERE id = %s) FROM {counted}"


OLD_SQL = old_sql()


def old_stamp(plan):
    with connection.cursor() as cursor:
        cursor.execute(OLD_SQL, [plan.pk])
        return cursor.fetchone()


def timed(fn, plan, n=300):
    for _ in range(20):
        fn(plan)
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        fn(plan)
        runs.append((time.perf_counter() - t) * 1000)
    runs.sort()
    return statistics.median(runs), runs[int(len(runs) * 0.95)]


agencies_seed()
text = bench._load_bench().plan_text(bench.TASKS_PER_PLAN)
sizes = {}
first = bench.plan_add(1, text)
for label, count in (("1 plan", 1), ("20 plans", bench.PLANS)):
    for n in range(len(Plan.objects.all()) + 1, count + 1):
        bench.plan_add(n, text)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    rows = ProgressUpdate.objects.count()
    for name, fn in (("before (whole tables)", old_stamp), ("after (PlanStamp)", plan_stamp)):
        median, p95 = timed(fn, first)
        print(
            f"{label:9} progress={rows:7d} {name:22} median={median:.3f} ms p95={p95:.3f} ms", file=sys.stderr
        )
