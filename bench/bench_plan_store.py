"""plan_store: storing the seed plan (read + parse + match + bulk insert, the confirm path) on fresh SQLite."""

import statistics
import time

from benchenv import django_on_temp_sqlite  # noqa: E402

django_on_temp_sqlite()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from trithuc.agencies.services import agencies_seed  # noqa: E402
from trithuc.core.permissions import SYSTEM  # noqa: E402
from trithuc.plans.models import Document, Plan  # noqa: E402
from trithuc.plans.seed import SEED_META, SEED_TEXT  # noqa: E402
from trithuc.plans.selectors import PlanSnapshot, plan_overview  # noqa: E402
from trithuc.plans.services.plan_import import plan_import_file  # noqa: E402

RUNS = 7


def main() -> None:
    import json

    agencies_seed()
    meta = json.loads(SEED_META.read_text(encoding="utf-8"))
    timings, queries, items = [], 0, 0
    for _ in range(RUNS):
        Plan.objects.all().delete()
        Document.objects.all().delete()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            plan = plan_import_file(actor=SYSTEM, path=SEED_TEXT, meta=meta)
            timings.append((time.perf_counter() - started) * 1000)
        queries, items = len(captured), plan.items.count()
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        plan_overview(PlanSnapshot.load(plan))
    overview_ms = (time.perf_counter() - started) * 1000
    print(
        f"plan_store: seed_ms_median={statistics.median(timings):.1f} seed_ms_min={min(timings):.1f} "
        f"items={items} queries={queries} overview_ms={overview_ms:.1f} overview_queries={len(captured)} runs={RUNS}"
    )


if __name__ == "__main__":
    main()
