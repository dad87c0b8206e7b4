"""Shared start of the in-process benchmarks: Django on a fresh, temporary SQLite database and media folder."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def django_on_temp_sqlite() -> Path:
    """Point Django at a new SQLite file, set it up and migrate; returns the temporary folder."""
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="trithuc-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["MEDIA_ROOT"] = str(tmp / "media")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    return tmp
