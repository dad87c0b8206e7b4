"""load / load_ceiling: the site as in production (gunicorn + PostgreSQL on 127.0.0.1) under logged-in users.

Data of realistic size: a plan of 1,000 tasks imported through the real importer, the province's agencies,
five years of progress, the reporting periods with a year of agency reports, 100,000 intellectuals.
Phase 1: 50 users, each opening a page every 0.5 s (100 req/s offered) for LOAD_SECONDS.
Phase 2: 50 connections as fast as they go for CEILING_SECONDS.
"""

import datetime as dt
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB = "trithuc_bench_load"
PG = "postgres://postgres@127.0.0.1:5432"
USERS = int(os.environ.get("LOAD_USERS", 50))
PEOPLE = int(os.environ.get("LOAD_PEOPLE", 100_000))
LOAD_SECONDS = int(os.environ.get("LOAD_SECONDS", 60))
CEILING_SECONDS = int(os.environ.get("CEILING_SECONDS", 30))
PORT = 8765
PASSWORD = "Mat-khau-bench-2026"


def pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(sql)


def plan_text(tasks: int) -> str:
    """A plan of `tasks` tasks in the seed's style: 100 items of 10 lettered tasks, owners and deadlines."""
    agencies = [
        "Sở Khoa học và Công nghệ",
        "Sở Nội vụ",
        "Sở Giáo dục và Đào tạo",
        "Sở Tài chính",
        "Sở Y tế",
        "Sở Công Thương",
        "Sở Xây dựng",
        "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Thanh tra tỉnh",
    ]
    letters = "abcdeghikl"
    lines = [
        "KẾ HOẠCH",
        "Phát triển đội ngũ trí thức giai đoạn 2021 - 2025 (dữ liệu thử tải)",
        "I. NHIỆM VỤ VÀ GIẢI PHÁP",
    ]
    rng = random.Random(7)
    for item in range(1, tasks // 10 + 1):
        lines.append(f"{item}. Nhóm nhiệm vụ số {item} về thu hút, trọng dụng trí thức")
        for letter in letters:
            lead, other = rng.sample(agencies, 2)
            when = rng.choice(
                [
                    f"hoàn thành trong quý {rng.choice(['I', 'II', 'III', 'IV'])}/{rng.randint(2021, 2026)}",
                    "hằng năm",
                    "thường xuyên",
                ]
            )
            lines.append(
                f"{letter}) {lead} chủ trì, phối hợp với {other} triển khai nội dung {item}{letter} "
                f"về bồi dưỡng, sử dụng trí thức trẻ, nữ, người dân tộc thiểu số ({when})."
            )
    return "\n".join(lines)


def build_data() -> list[str]:
    """Returns the usernames of the load users."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from trithuc.agencies.models import Agency
    from trithuc.agencies.services import agencies_seed
    from trithuc.core.models import Membership
    from trithuc.core.permissions import SYSTEM
    from trithuc.plans.models import ProgressUpdate
    from trithuc.plans.selectors import PlanSnapshot
    from trithuc.plans.services.plan_import import plan_import_confirm, plan_import_start
    from trithuc.registry.demo import registry_demo_setup
    from trithuc.reporting.demo import reporting_demo_setup

    agencies_seed()
    draft = plan_import_start(actor=SYSTEM, text=plan_text(1000), source_name="thu-tai.txt")
    plan = plan_import_confirm(actor=SYSTEM, plan_import=draft)
    snapshot = PlanSnapshot.load(plan)
    rng = random.Random(11)
    rows = []
    for item in snapshot.tasks():
        for agency_id in list(snapshot.involved_agency_ids(item))[:2]:
            for year in range(2021, 2026):
                done = rng.random() < 0.6
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
    ProgressUpdate.objects.bulk_create(rows, batch_size=2000)
    reports = reporting_demo_setup()  # periods 2020-2026 and the agencies' reports of the demo year
    registry_demo_setup(count=10_000)
    people = _registry_bench()._grow(PEOPLE)  # the registry benchmark's own SQL copy, then the cube rebuild
    user_model = get_user_model()
    names = []
    for n in range(USERS):  # coordinators: the role that opens every page below
        user = user_model.objects.create(username=f"tai{n}", last_login=timezone.now())
        user.set_password(PASSWORD)
        user.save()
        Membership.objects.create(user=user, agency=Agency.objects.get(code="so-khcn"), role="coordinator")
        names.append(user.username)
    print(
        f"# data: tasks={len(snapshot.tasks())} progress={len(rows)} reports={reports} people={people}",
        file=sys.stderr,
    )
    return names


def _registry_bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_registry", ROOT / "bench" / "bench_registry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def login(session, base: str, username: str) -> None:
    page = session.get(f"{base}/dang-nhap/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/dang-nhap/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Referer": f"{base}/dang-nhap/"},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.status_code


def pages() -> list[str]:
    from django.urls import reverse

    from trithuc.plans.models import Plan
    from trithuc.reporting.models import AgencyReport

    plan = Plan.objects.filter(is_current=True).order_by("-id").first()
    task = plan.items.filter(kind="task").order_by("position")[500]
    report = AgencyReport.objects.exclude(status="draft").order_by("id").first()
    urls = [
        "/",
        f"/ke-hoach/{plan.pk}/",
        "/ke-hoach/nhiem-vu/",
        f"/ke-hoach/nhiem-vu/{task.pk}/",
        "/co-quan/so-noi-vu/",
        reverse("registry:stats"),
    ]
    if report is not None:
        urls.append(reverse("reporting:report_detail", args=[report.pk]))
    return urls


def run_phase(sessions, base: str, urls: list[str], seconds: float, interval: float | None):
    latencies: list[float] = []
    per_url: dict[str, list[float]] = {}
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def user(index: int) -> None:
        session = sessions[index]
        next_at = time.monotonic() + random.random() * (interval or 0)
        n = index
        while time.monotonic() < stop:
            if interval:
                delay = next_at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                next_at += interval
            url = urls[n % len(urls)]
            n += 1
            started = time.perf_counter()
            try:
                ok = session.get(base + url, timeout=30, allow_redirects=False).status_code == 200
            except Exception:
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                per_url.setdefault(url, []).append(elapsed)
                errors[0] += not ok

    threads = [threading.Thread(target=user, args=(i,)) for i in range(len(sessions))]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    means = ", ".join(f"{url} {statistics.mean(v) * 1000:.0f}" for url, v in per_url.items())
    print(f"# mean ms per page: {means}", file=sys.stderr)
    return latencies, errors[0], time.monotonic() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main() -> None:
    import requests

    pg_admin(f"DROP DATABASE IF EXISTS {DB}")
    pg_admin(f"CREATE DATABASE {DB}")
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{DB}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DEBUG": "0",
        "TRITHUC_VAR_DIR": "/tmp/trithuc-bench-load",
        "LOG_LEVEL": "ERROR",
    }
    os.environ.update(env)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    started = time.perf_counter()
    usernames = build_data()
    urls = pages()
    print(f"# data built in {time.perf_counter() - started:.0f}s; pages: {urls}", file=sys.stderr)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "4",
            "--threads",
            "4",
            "--worker-class",
            "gthread",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{PORT}"
    try:
        for _ in range(100):
            try:
                if requests.get(base + "/healthz", timeout=5).ok:
                    break
            except requests.RequestException:
                time.sleep(0.3)
        sessions = []
        for name in usernames:
            session = requests.Session()
            login(session, base, name)
            sessions.append(session)
        run_phase(sessions, base, urls, 5, None)  # warm-up
        lat, errors, wall = run_phase(sessions, base, urls, LOAD_SECONDS, 0.5)
        print(
            f"load: {len(lat) / wall:.1f} req/s, p50 {percentile(lat, 0.5):.0f} ms, p95 {percentile(lat, 0.95):.0f} ms, "
            f"p99 {percentile(lat, 0.99):.0f} ms, errors {errors} (offered {USERS / 0.5:.0f} req/s, {USERS} users, "
            f"{LOAD_SECONDS}s, mean {statistics.mean(lat) * 1000:.0f} ms)"
        )
        lat, errors, wall = run_phase(sessions, base, urls, CEILING_SECONDS, None)
        print(
            f"load_ceiling: {len(lat) / wall:.1f} req/s ({USERS} connections, {CEILING_SECONDS}s, "
            f"p95 {percentile(lat, 0.95):.0f} ms, errors {errors})"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        pg_admin(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
