"""consolidated_report: build, render and store the consolidated report (.docx + .xlsx annex) on fresh SQLite,
for 40 agencies with 2,000 task-progress rows, then for 200 agencies. Goal: under 1.5 s for 40."""

import datetime as dt
import time
from decimal import Decimal

from benchenv import django_on_temp_sqlite  # noqa: E402

django_on_temp_sqlite()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from trithuc.agencies.models import Agency  # noqa: E402
from trithuc.agencies.services import agencies_seed  # noqa: E402
from trithuc.core.permissions import SYSTEM  # noqa: E402
from trithuc.plans.models import ProgressUpdate  # noqa: E402
from trithuc.plans.seed import seed_plan_ensure  # noqa: E402
from trithuc.plans.services.stamp import plans_changed  # noqa: E402
from trithuc.reporting.models import AgencyReport, Indicator, IndicatorValue, ReportTaskEntry  # noqa: E402
from trithuc.reporting.services.consolidated import consolidated_report_generate  # noqa: E402
from trithuc.reporting.services.periods import (  # noqa: E402
    periods_generate,
    reporting_seed,
    seed_regime,  # noqa: E402
)

PROGRESS_ROWS = 2000
RUNS = 3


def agencies(count: int) -> list[Agency]:
    existing = list(
        Agency.objects.filter(kind__in=["department", "district", "union", "press"]).order_by("pk")
    )
    extra = [
        Agency(code=f"xa-thu-{n}", name=f"UBND xã Thử Nghiệm {n}", kind="commune")
        for n in range(max(0, count - len(existing)))
    ]
    Agency.objects.bulk_create(extra)
    return (existing + list(Agency.objects.filter(code__startswith="xa-thu-").order_by("pk")))[:count]


def fill(period, plan, chosen: list[Agency], progress_rows: int) -> None:
    """Accepted reports with task entries, progress rows and every indicator, written in bulk."""
    AgencyReport.objects.filter(period=period).delete()
    sent = timezone.make_aware(dt.datetime(2025, 12, 16, 9))
    reports = AgencyReport.objects.bulk_create(
        [
            AgencyReport(
                period=period,
                agency=a,
                status="accepted",
                first_submitted_at=sent,
                submitted_at=sent,
                difficulties=f"Khó khăn của {a.name}",
                proposals=f"Kiến nghị của {a.name}",
            )
            for a in chosen
        ]
    )
    tasks = list(plan.items.filter(kind="task").order_by("position"))
    per_agency = max(1, progress_rows // len(reports))
    updates, entries = [], []
    for n, report in enumerate(reports):
        for k in range(per_agency):
            item = tasks[(n + k) % len(tasks)]
            done = (n + k) % 3 == 0
            updates.append(
                ProgressUpdate(
                    item=item,
                    agency_id=report.agency_id,
                    status="completed" if done else "in_progress",
                    result=f"Kết quả {item.ref} của đơn vị {n}",
                    completed_on=dt.date(2025, 11, 1) if done else None,
                    period_year=2025,
                )
            )
            if k < len(tasks):
                entries.append(
                    ReportTaskEntry(
                        report=report, item=item, status=updates[-1].status, result=updates[-1].result
                    )
                )
    ProgressUpdate.objects.bulk_create(updates)
    plans_changed({u.item.plan_id for u in updates})  # loaded around the services: renew the pages
    ReportTaskEntry.objects.bulk_create(entries, ignore_conflicts=True)
    IndicatorValue.objects.bulk_create(
        [
            IndicatorValue(report=r, indicator=i, value=Decimal(10 + n % 7))
            for n, r in enumerate(reports)
            for i in Indicator.objects.all()
        ]
    )


def timed(period) -> tuple[float, int]:
    best, queries = float("inf"), 0
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            consolidated_report_generate(actor=SYSTEM, period=period, issue=False, dated=dt.date(2026, 1, 10))
            best = min(best, time.perf_counter() - started)
        queries = len(captured)
    return best, queries


def main() -> None:
    agencies_seed()
    plan = seed_plan_ensure()
    reporting_seed()
    period = periods_generate(actor=SYSTEM, regime=seed_regime(), years=[2025])[0]
    fill(period, plan, agencies(40), PROGRESS_ROWS)
    small, small_q = timed(period)
    ProgressUpdate.objects.all().delete()
    fill(period, plan, agencies(200), PROGRESS_ROWS * 5)
    large, large_q = timed(period)
    print(
        f"consolidated_report: {small:.2f} s (40 agencies), {large:.2f} s (200 agencies) "
        f"queries={small_q}/{large_q} progress_rows={PROGRESS_ROWS}/{PROGRESS_ROWS * 5} goal_40=1.5s "
        f"{'ok' if small < 1.5 else 'SLOW'}"
    )


if __name__ == "__main__":
    main()
