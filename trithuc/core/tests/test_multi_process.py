"""Two web processes and two task workers on one PostgreSQL: uploads through either server are parsed once.

The web processes keep nothing on local disk that the other needs (sessions in the database, uploads in the
shared MEDIA_ROOT), so a user logged in on one server can work on the other.
"""

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import PlanImport

ROOT = Path(__file__).resolve().parents[3]
SEED = (ROOT / "trithuc" / "plans" / "fixtures" / "ke-hoach-kl52-lam-dong.txt").read_bytes()
UPLOADS = 6

pytestmark = pytest.mark.django_db(transaction=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A bound on a hung server, not a speed check: a login hashes the password at production strength (PBKDF2), which took
# over 10 s on a machine whose cores other jobs held; a request that never answers still fails the test.
REQUEST_TIMEOUT = 60


def _wait_http(url: str, timeout: float = 120) -> None:
    """A bound on start-up, not a speed check: two gunicorns and two workers start at once on 2 cores."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=10).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    raise AssertionError(f"{url} did not come up")


def _login(base: str, username: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/dang-nhap/", timeout=REQUEST_TIMEOUT)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/dang-nhap/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": "mat-khau-thu-nghiem"},
        headers={"Referer": f"{base}/dang-nhap/"},
        timeout=REQUEST_TIMEOUT,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    return session


def _upload(session: requests.Session, base: str, index: int) -> int:
    page = session.get(f"{base}/ke-hoach/nhap/", timeout=REQUEST_TIMEOUT)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/ke-hoach/nhap/",
        data={"csrfmiddlewaretoken": token},
        files={"upload": (f"ke-hoach-{index}.txt", SEED, "text/plain")},
        headers={"Referer": f"{base}/ke-hoach/nhap/"},
        timeout=REQUEST_TIMEOUT,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    return int(response.headers["Location"].rstrip("/").rsplit("/", 1)[-1])


def test_two_web_processes_and_two_workers_run_each_task_once(tmp_path, agencies):
    if connection.vendor != "postgresql":
        pytest.skip("cần một máy chủ PostgreSQL dùng chung cho nhiều tiến trình (chạy trong lượt PostgreSQL)")
    settings_dict = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PLAN_IMPORT_BACKGROUND_BYTES": "1000",  # every upload goes to the workers
        "ALLOWED_HOSTS": "127.0.0.1",
        "TASKS_BACKEND": "database",
    }
    user = membership_user("coordinator", "so-khcn")
    # The servers run the production settings: store the password with a hasher they know.
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode("mat-khau-thu-nghiem", hasher.salt())
    user.save(update_fields=["password"])
    ports = [_free_port(), _free_port()]
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / f"gunicorn-{port}.log").open("wb"),
        )
        for port in ports
    ] + [
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--interval",
                "0.2",
                "--no-startup-delay",
                "--worker-id",
                f"w{n}",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in (1, 2)
    ]
    try:
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        for base, port in zip(bases, ports, strict=True):
            try:
                _wait_http(f"{base}/healthz")
            except AssertionError as error:
                log = (tmp_path / f"gunicorn-{port}.log").read_text(errors="replace")[-3000:]
                raise AssertionError(f"{error}\n{log}") from None
        session = _login(bases[0], user.username)  # logged in on server A, working on both
        drafts = [_upload(session, bases[i % 2], i) for i in range(UPLOADS)]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if not PlanImport.objects.filter(pk__in=drafts, status=PlanImport.Status.PARSING).exists():
                break
            time.sleep(0.3)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)
    assert (
        list(PlanImport.objects.filter(pk__in=drafts).values_list("status", flat=True))
        == ["preview"] * UPLOADS
    )
    from django_tasks_db.models import DBTaskResult

    results = list(DBTaskResult.objects.filter(task_path__endswith="plan_import_parse_task"))
    assert len(results) == UPLOADS
    assert all(r.status == "SUCCESSFUL" and len(r.worker_ids) == 1 for r in results)
    assert {r.args_kwargs["args"][0] for r in results} == set(drafts)  # each upload once, none lost
