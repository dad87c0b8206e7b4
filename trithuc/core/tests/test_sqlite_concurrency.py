"""The SQLite demo: a page's write while the worker holds the write lock waits its turn instead of failing.

`make run` serves the demo from one SQLite file with a worker polling it every second; a reorganisation POST
once failed with "database is locked". These tests open the demo's own connection settings on a file of their
own, so they run the same under the SQLite and the PostgreSQL test runs.
"""

import threading
import time

import pytest
from django.conf import settings
from django.db import OperationalError, connections, transaction

ALIAS = "sqlite_concurrency"


def _drop() -> None:
    """Close and forget this thread's connection under ALIAS, if it has one."""
    for connection in connections.all(initialized_only=True):
        if connection.alias == ALIAS:
            connection.close()
            del connections[ALIAS]


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A SQLite file opened with the demo's options under a temporary alias, with one table."""

    def open_alias(**overrides):
        """This thread's connection to the file, opened anew with the demo's options and `overrides`."""
        _drop()
        connections.settings[ALIAS] = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(tmp_path / "demo.sqlite3"),
            "OPTIONS": {**settings.SQLITE_OPTIONS, **overrides},
        }
        connections.configure_settings(connections.settings)
        return connections[ALIAS]

    with django_db_blocker.unblock():
        setup = open_alias()
        with setup.cursor() as cursor:
            cursor.execute("CREATE TABLE IF NOT EXISTS job (id INTEGER PRIMARY KEY, state TEXT)")
            cursor.execute("INSERT INTO job (state) VALUES ('new')")
        setup.close()
        yield open_alias
        _drop()
    del connections.settings[ALIAS]


def _worker_holds_lock(open_alias, held: threading.Event, seconds: float) -> threading.Thread:
    """A second thread plays the worker: it takes the write lock, writes, and keeps it for `seconds`."""

    def run():
        connection = open_alias()
        try:
            with transaction.atomic(using=ALIAS):
                connection.cursor().execute("UPDATE job SET state = 'running'")
                held.set()
                time.sleep(seconds)
        finally:
            _drop()

    thread = threading.Thread(target=run)
    thread.start()
    assert held.wait(10), "the worker thread never took the lock"
    return thread


def test_demo_sqlite_is_wal(sqlite_file):
    connection = sqlite_file()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == settings.SQLITE_OPTIONS["timeout"] * 1000


def test_page_write_waits_for_the_worker(sqlite_file):
    held = threading.Event()
    worker = _worker_holds_lock(sqlite_file, held, 0.5)
    page = sqlite_file()
    with transaction.atomic(using=ALIAS):  # a read, then a write: the page's usual order
        page.cursor().execute("SELECT state FROM job").fetchall()
        page.cursor().execute("UPDATE job SET state = 'done'")
    worker.join()
    with page.cursor() as cursor:
        cursor.execute("SELECT state FROM job")
        assert cursor.fetchone()[0] == "done"


def test_without_a_busy_timeout_the_same_write_fails(sqlite_file):
    """The check above can fail: with no wait the page's write meets the worker's lock at once."""
    held = threading.Event()
    worker = _worker_holds_lock(sqlite_file, held, 0.5)
    page = sqlite_file(timeout=0)
    with pytest.raises(OperationalError, match="locked"), transaction.atomic(using=ALIAS):
        page.cursor().execute("UPDATE job SET state = 'done'")
    worker.join()
