"""load / load_ceiling: the site as in production (gunicorn + PostgreSQL on 127.0.0.1) under logged-in users.

Data of realistic size: a plan of 1,000 tasks imported through the real importer, the province's agencies,
five years of progress, the reporting periods with a year of agency reports, 100,000 intellectuals.
Phase 1: 50 users, each opening a page every 0.5 s (100 req/s offered) for LOAD_SECONDS.
Phase 2: 50 connections as fast as they go for CEILING_SECONDS.
Every user logs in through the login form and keeps its own keep-alive connection; every response must be a 200
carrying a whole page. The cache is the production one (Redis) when a Redis answers on 127.0.0.1:6379.
Also printed (on stderr): mean time per page and the server's CPU per request, steadier than latencies when
other work shares the machine. LOAD_REUSE_DB=1 keeps the database for the next run.
"""

import asyncio
import datetime as dt
import os
import random
import re
import statistics
import subprocess
import sys
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


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PORT = int(os.environ.get("LOAD_PORT", 0)) or _free_port()  # never a server someone else left running
# gunicorn as deployed (docs/deploy.md); LOAD_SERVER overrides it to compare settings.
SERVER = os.environ.get("LOAD_SERVER", "--workers 3 --threads 4 --worker-class gthread")
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/15")
REUSE = os.environ.get("LOAD_REUSE_DB") == "1"  # keep the database between runs (for measuring changes)
PASSWORD = "Mat-khau-bench-2026"
LOAD_PLAN = "tai1000"  # the 1,000-task plan the pages show (the seed plan is in force beside it)


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
    from trithuc.plans.seed import seed_plan_ensure
    from trithuc.plans.selectors import PlanSnapshot
    from trithuc.plans.services.plan_import import plan_import_confirm, plan_import_correct, plan_import_start
    from trithuc.plans.services.stamp import plans_changed
    from trithuc.registry.demo import registry_demo_setup
    from trithuc.reporting.demo import reporting_demo_setup

    agencies_seed()
    draft = plan_import_start(actor=SYSTEM, text=plan_text(1000), source_name="thu-tai.txt")
    draft = plan_import_correct(actor=SYSTEM, plan_import=draft, meta={"code": LOAD_PLAN})
    plan = plan_import_confirm(actor=SYSTEM, plan_import=draft)
    seed_plan_ensure()  # a second plan in force (issue 13): the seed plan, whose yearly reports the demo makes
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
    plans_changed([plan])  # loaded around the services: renew its pages as they would
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


def login(base: str, username: str) -> str:
    """A real login through the form (CSRF, Argon2, axes); returns the Cookie header of the session."""
    import requests

    session = requests.Session()
    page = session.get(f"{base}/dang-nhap/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/dang-nhap/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Referer": f"{base}/dang-nhap/"},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.status_code
    return "; ".join(f"{k}={v}" for k, v in session.cookies.items())


def pages() -> list[str]:
    from django.urls import reverse

    from trithuc.plans.models import Plan
    from trithuc.reporting.models import AgencyReport

    plan = Plan.objects.get(is_current=True, code=LOAD_PLAN)
    task = plan.items.filter(kind="task").order_by("position")[500]
    report = AgencyReport.objects.exclude(status="draft").order_by("id").first()
    urls = [
        "/",
        f"/ke-hoach/{plan.code}/cay/",
        f"/ke-hoach/{plan.code}/nhiem-vu/",
        f"/ke-hoach/{plan.code}/nhiem-vu/{task.pk}/",
        "/co-quan/so-noi-vu/",
        reverse("registry:stats"),
    ]
    if report is not None:
        urls.append(reverse("reporting:report_detail", args=[report.pk]))
    return urls


class Client:
    """One user's keep-alive HTTP/1.1 connection (a browser's): a few lines of asyncio instead of a thread and
    `requests` per user, so the load generator takes little of the two cores it shares with the server."""

    def __init__(self, cookie: str) -> None:
        self.cookie = cookie
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, bytes]:
        reused = self.writer is not None
        if not reused:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", PORT)
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\nCookie: {self.cookie}\r\n\r\n"
        try:
            self.writer.write(request.encode())
            return await self._response()
        except (ConnectionError, asyncio.IncompleteReadError):
            self.close()
            if not reused:
                raise
            return await self.get(path)  # the server closed an idle keep-alive connection: open a new one

    async def _response(self) -> tuple[int, bytes]:
        reader = self.reader
        line = await reader.readline()
        if not line:
            raise ConnectionResetError("connection closed")
        status = int(line.split()[1])
        length, chunked, close = None, False, line.startswith(b"HTTP/1.0")
        while True:
            header = await reader.readline()
            if header in (b"\r\n", b"\n", b""):
                break
            name, _, value = header.partition(b":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value
            elif name == b"connection":
                close = value == b"close"
        if chunked:
            parts = []
            while size := int((await reader.readline()).split(b";")[0], 16):
                parts.append(await reader.readexactly(size + 2))
            await reader.readline()
            body = b"".join(parts)
        elif length is not None:
            body = await reader.readexactly(length)
        else:
            body, close = await reader.read(), True
        if close:
            self.close()
        return status, body


async def run_phase(clients: list[Client], urls: list[str], seconds: float, interval: float | None):
    """Every client opens the pages in turn, every `interval` seconds (or as fast as it can); every response
    must be a 200 with a whole page, anything else counts as an error."""
    latencies: list[float] = []
    per_url: dict[str, list[float]] = {}
    errors = [0]
    loop = asyncio.get_running_loop()
    stop = loop.time() + seconds

    async def user(index: int) -> None:
        client = clients[index]
        next_at = loop.time() + random.random() * (interval or 0)
        n = index
        while loop.time() < stop:
            if interval:
                delay = next_at - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                next_at += interval
                if loop.time() >= stop:
                    break
            url = urls[n % len(urls)]
            n += 1
            started = time.perf_counter()
            try:
                status, body = await asyncio.wait_for(client.get(url), 30)
                ok = status == 200 and b"</html>" in body[-200:]
            except Exception:
                client.close()
                ok = False
            elapsed = time.perf_counter() - started
            latencies.append(elapsed)
            per_url.setdefault(url, []).append(elapsed)
            errors[0] += not ok

    started = loop.time()
    await asyncio.gather(*(user(i) for i in range(len(clients))))
    means = ", ".join(f"{url} {statistics.mean(v) * 1000:.0f}" for url, v in per_url.items())
    print(f"# mean ms per page: {means}", file=sys.stderr)
    return latencies, errors[0], loop.time() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def cpu_seconds(server_pid: int) -> dict[str, float]:
    """User+system CPU seconds, from /proc, of the gunicorn master and workers, of the PostgreSQL backends
    serving the benchmark's database (kept open: persistent connections) and of the Redis server."""
    totals = {"web": 0.0, "postgres": 0.0, "redis": 0.0}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        pid, ppid, used = int(entry.name), int(fields[1]), (int(fields[11]) + int(fields[12])) / tick
        if server_pid in (pid, ppid):
            totals["web"] += used
        elif command.startswith(b"postgres: ") and f" {DB} ".encode() in command:
            totals["postgres"] += used
        elif command.startswith(b"redis-server"):
            totals["redis"] += used
    return totals


async def measure(server_pid: int, clients: list[Client], urls: list[str]) -> None:
    await run_phase(clients, urls, 5, None)  # warm-up: every process computes its pages once
    for name, seconds, interval in (("load", LOAD_SECONDS, 0.5), ("load_ceiling", CEILING_SECONDS, None)):
        before, client_cpu = cpu_seconds(server_pid), time.process_time()
        lat, errors, wall = await run_phase(clients, urls, seconds, interval)
        after, client_cpu = cpu_seconds(server_pid), time.process_time() - client_cpu
        used = ", ".join(f"{k} {(after[k] - before[k]) / len(lat) * 1000:.1f}" for k in after)
        print(
            f"# {name}: CPU ms per request: {used}, load generator {client_cpu / len(lat) * 1000:.2f} "
            f"({len(lat)} requests; load average {os.getloadavg()[0]:.1f})",
            file=sys.stderr,
        )
        if name == "load":
            print(
                f"load: {len(lat) / wall:.1f} req/s, p50 {percentile(lat, 0.5):.0f} ms, p95 {percentile(lat, 0.95):.0f} ms, "
                f"p99 {percentile(lat, 0.99):.0f} ms, errors {errors} (offered {len(clients) / interval:.0f} req/s, "
                f"{len(clients)} users, {seconds}s, mean {statistics.mean(lat) * 1000:.0f} ms; {SERVER})"
            )
        else:
            print(
                f"load_ceiling: {len(lat) / wall:.1f} req/s ({len(clients)} connections, {seconds}s, "
                f"p50 {percentile(lat, 0.5):.0f} ms, p95 {percentile(lat, 0.95):.0f} ms, errors {errors})"
            )
    for client in clients:
        client.close()


def redis_url() -> str:
    """The production cache when a Redis answers here (its own database number, emptied first), else ''."""
    try:
        import redis
    except ImportError:
        return ""
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).flushdb()
    except redis.RedisError:
        return ""
    return REDIS_URL


def database_ready() -> bool:
    import psycopg

    try:
        with psycopg.connect(f"{PG}/{DB}") as conn:
            return bool(conn.execute("SELECT COUNT(*) FROM auth_user WHERE username = 'tai0'").fetchone()[0])
    except psycopg.Error:
        return False


def main() -> None:
    import requests

    reuse = REUSE and database_ready()
    if not reuse:
        pg_admin(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")
        pg_admin(f"CREATE DATABASE {DB}")
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{DB}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DEBUG": "0",
        "TRITHUC_VAR_DIR": "/tmp/trithuc-bench-load",
        "LOG_LEVEL": "ERROR",
        "REDIS_URL": redis_url(),
    }
    os.environ.update(env)
    if not reuse:
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
    started = time.perf_counter()
    if reuse:
        import django

        django.setup()
        usernames = [f"tai{n}" for n in range(USERS)]
    else:
        usernames = build_data()
    urls = pages()
    print(f"# data built in {time.perf_counter() - started:.0f}s; pages: {urls}", file=sys.stderr)
    print(f"# server: {SERVER}; cache: {env['REDIS_URL'] or 'per-process memory'}", file=sys.stderr)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--access-logfile",
            "/dev/null",
            *SERVER.split(),
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
        from django.db import connections

        connections.close_all()
        clients = [Client(login(base, name)) for name in usernames]
        asyncio.run(measure(server.pid, clients, urls))
    finally:
        server.terminate()
        server.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        if not REUSE:
            pg_admin(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
