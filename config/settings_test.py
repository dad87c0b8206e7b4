"""Test overrides: fast hashing, media in a temp folder, DATABASE_URL still chooses SQLite or PostgreSQL."""

import os
import tempfile

from config.settings import *  # noqa: F403

TRITHUC_ENV = "test"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_FAILURE_LIMIT = 3
MEDIA_ROOT = tempfile.mkdtemp(prefix="trithuc-test-media-")
# Tests share one process and reuse primary keys after rollbacks: no cache unless a test asks for one.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests never run collectstatic; WhiteNoise would only warn about the missing folder.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise")]  # noqa: F405
# Parallel work on one PostgreSQL server: each worktree or helper names its own test database.
if os.environ.get("TRITHUC_TEST_DB"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TRITHUC_TEST_DB"]}  # noqa: F405
# Tests never need a commit to survive a crash: PostgreSQL answers a commit without waiting for its disk
# (the transactional tests commit and empty the database often).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
