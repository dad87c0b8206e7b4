"""multi_plan: the pages that show many plans, at 1 plan and at 20 plans, on PostgreSQL, in one run (issue 13).

Data: plans of 250 tasks each in the seed's style (imported through the real importer) with 10,000 progress rows
each; phase 1 measures with one plan stored, phase 2 adds 19 more plans (20 plans, 5,000 tasks, 200,000 progress
rows) and measures the same pages again. One signed-in coordinator; every request is preceded by a progress
update through the service on a task of the first plan by Sở Nội vụ, which renews the cached parts of all three
pages, so the figure is the page's own work and not the cache's. Printed: p95 of each page at 20 plans, the
worst ratio 20 plans / 1 plan, and the most queries any of the pages made.
"""

import datetime as dt
import importlib.util
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB = os.environ.get("MULTI_DB", "trithuc_bench_multi")
PG = "postgres://postgres@127.0.0.1:5432"
PLANS = int(os.environ.get("MULTI_PLANS", 20))
TASKS_PER_PLAN = int(os.environ.get("MULTI_TASKS", 250))
PROGRESS_PER_PLAN = int(os.environ.get("MULTI_PROGRESS", 10_000))
# ≥ 50 (issue 13); 100 keeps the p95 of pages that take ~20 ms steadier against the machine's jitter
REQUESTS = int(os.environ.get("MULTI_REQUESTS", 100))


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "bench" / "bench_load.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def setup_django() -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB}")
    os.environ["DATABASE_URL"] = f"{PG}/{DB}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def plan_add(n: int, text: str):
    """One plan through the real importer, then its progress rows in bulk (five years, two agencies a task)."""
    from trithuc.core.permissions import SYSTEM
    from trithuc.plans.models import ProgressUpdate
    from trithuc.plans.selectors import PlanSnapshot
    from trithuc.plans.services.plan_import import plan_import_confirm, plan_import_correct, plan_import_start
    from trithuc.plans.services.stamp import plans_changed

    draft = plan_import_start(actor=SYSTEM, text=text, source_name=f"ke-hoach-{n}.txt")
    draft = plan_import_correct(
        actor=SYSTEM,
        plan_import=draft,
        meta={
            "code": f"kh{n:02d}",
            "title": f"Kế hoạch thử số {n}",
            "issuer": f"Cơ quan thử {n}",
            "year": 2021,
        },
    )
    plan = plan_import_confirm(actor=SYSTEM, plan_import=draft)
    snapshot = PlanSnapshot.load(plan)
    rng = random.Random(n)
    rows = []
    tasks = snapshot.tasks()
    while len(rows) < PROGRESS_PER_PLAN:
        item = tasks[len(rows) % len(tasks)]
        agency_id = rng.choice(sorted(snapshot.involved_agency_ids(item)))
        year = rng.randint(2021, 2025)
        done = rng.random() < 0.5
        rows.append(
            ProgressUpdate(
                item=item,
                agency_id=agency_id,
                status="completed" if done else "in_progress",
                result=f"Kết quả năm {year}",
                completed_on=dt.date(year, 11, 30) if done else None,
                period_year=year,
            )
        )
    ProgressUpdate.objects.bulk_create(rows, batch_size=5000)
    plans_changed([plan])  # loaded around the services: renew its pages as they would
    return plan


def measure(client, writer, plan, urls: dict[str, str]) -> tuple[dict[str, float], int]:
    """p95 in ms of each page over REQUESTS requests, each after a write that renews its cached parts."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from trithuc.agencies.models import Agency
    from trithuc.plans.selectors import PlanSnapshot
    from trithuc.plans.services.progress import progress_update_create

    agency = Agency.objects.get(code="so-noi-vu")
    snapshot = PlanSnapshot.load(plan)
    items = [t for t in snapshot.tasks() if agency.pk in snapshot.involved_agency_ids(t)]
    p95s, most_queries = {}, 0
    for name, url in urls.items():
        client.get(url)  # warm the process (imports, templates), not the page's cache
        timings, cpu, sql = [], [], []
        for n in range(REQUESTS):
            progress_update_create(
                actor=writer,
                item=items[n % len(items)],
                agency=agency,
                status="in_progress",
                result=f"Cập nhật {n}",
            )
            with CaptureQueriesContext(connection) as captured:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            most_queries = max(most_queries, len(captured))
            sql.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
        p95s[name] = statistics.quantiles(timings, n=20)[-1]
        # On a shared machine the wall clock is noisy: this process's CPU time and the time spent waiting on
        # queries tell the page's own work from the neighbours'.
        print(
            f"# {name}: p50={statistics.median(timings):.1f}ms cpu_p50={statistics.median(cpu):.1f}ms "
            f"sql_p50={statistics.median(sql):.1f}ms",
            file=sys.stderr,
        )
    return p95s, most_queries


def page_urls(plan) -> dict[str, str]:
    from django.urls import reverse

    return {
        "overview": reverse("dashboard:overview"),
        "agency": reverse("agencies:agency_detail", args=["so-noi-vu"]),
        "tasks": reverse("plans:plan_tasks", args=[plan.code]),
    }


def main() -> None:
    setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.utils import timezone

    from trithuc.agencies.models import Agency
    from trithuc.agencies.services import agencies_seed
    from trithuc.core.models import Membership

    settings.ALLOWED_HOSTS.append("testserver")
    agencies_seed()
    users = get_user_model().objects
    user = users.create(username="dieuphoi-bench", last_login=timezone.now())
    Membership.objects.create(user=user, agency=Agency.objects.get(code="so-khcn"), role="coordinator")
    writer = users.create(username="noivu-bench", last_login=timezone.now())
    Membership.objects.create(user=writer, agency=Agency.objects.get(code="so-noi-vu"), role="reporter")
    client = Client()
    client.force_login(user)
    text = _load_bench().plan_text(TASKS_PER_PLAN)
    first = plan_add(1, text)
    one, _ = measure(client, writer, first, page_urls(first))
    for n in range(2, PLANS + 1):
        plan_add(n, text)
    many, queries = measure(client, writer, first, page_urls(first))
    ratio = max(many[k] / one[k] for k in many)
    print(
        f"multi_plan: overview_p95={many['overview']:.1f} ms agency_p95={many['agency']:.1f} ms "
        f"tasks_p95={many['tasks']:.1f} ms ratio_20_to_1={ratio:.2f} queries={queries} plans={PLANS} "
        f"tasks={PLANS * TASKS_PER_PLAN} progress={PLANS * PROGRESS_PER_PLAN}"
    )
    print(
        "# multi_plan at 1 plan: " + " ".join(f"{k}_p95={v:.1f}ms" for k, v in one.items()),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
