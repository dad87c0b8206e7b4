"""Backup and restore of the whole system: every table (engine-neutral JSON) and the uploaded files.

One .tar.gz holds `data.json` (dumpdata with natural keys, so it loads into SQLite or PostgreSQL alike),
`media/` and a `manifest.json`. Restore goes into an empty, migrated database, in one transaction.
"""

import datetime as dt
import io
import json
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from trithuc.core.errors import ServiceError

# Queued task results are transient; sessions would log people back in on another server.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "django_tasks_database"]
CHECK_TABLES = ("plans.Plan", "agencies.Agency")
# A registry import's spool of checked rows: personal data (ethnicity included) that is rebuilt from the upload
# when missing, so it never goes into a backup.
SPOOL_SUFFIX = ".rows.pickle"


def backup_create(path: Path) -> dict[str, Any]:
    media_root = Path(settings.MEDIA_ROOT)
    data = io.StringIO()
    call_command(
        "dumpdata",
        "--natural-foreign",
        "--natural-primary",
        *[f"--exclude={e}" for e in EXCLUDED],
        stdout=data,
        verbosity=0,
    )
    payload = data.getvalue().encode("utf-8")
    files = (
        [p for p in media_root.rglob("*") if p.is_file() and not p.name.endswith(SPOOL_SUFFIX)]
        if media_root.exists()
        else []
    )
    manifest: dict[str, Any] = {
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "engine": connection.vendor,
        "objects": len(json.loads(payload)),
        "files": len(files),
    }
    with tarfile.open(path, "w:gz") as archive:
        _add_bytes(archive, "manifest.json", json.dumps(manifest, ensure_ascii=False).encode())
        _add_bytes(archive, "data.json", payload)
        for file in files:
            archive.add(file, arcname=f"media/{file.relative_to(media_root)}")
    return manifest


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    archive.addfile(info, io.BytesIO(data))


def restore_from(path: Path) -> dict[str, int]:
    """Refuses a database that already holds plans or agencies: a restore never mixes two systems."""
    from django.apps import apps

    if any(apps.get_model(label).objects.exists() for label in CHECK_TABLES):
        raise ServiceError(
            "Cơ sở dữ liệu đích không trống; hãy khôi phục vào một cơ sở dữ liệu mới đã migrate."
        )
    try:
        archive = tarfile.open(path, "r:gz")  # noqa: SIM115  (closed by the with-block below)
    except (OSError, tarfile.TarError) as error:
        raise ServiceError(f"Không đọc được tệp sao lưu: {error}") from error
    with archive, tempfile.TemporaryDirectory() as tmp:
        names = archive.getnames()
        if "data.json" not in names or "manifest.json" not in names:
            raise ServiceError("Tệp sao lưu thiếu data.json hoặc manifest.json.")
        archive.extractall(tmp, filter="data")
        manifest: dict[str, int] = json.loads((Path(tmp) / "manifest.json").read_text(encoding="utf-8"))
        # Rows that migrations seed (reference lists) come back with the same keys and are simply overwritten.
        with transaction.atomic():
            call_command("loaddata", str(Path(tmp) / "data.json"), verbosity=0)
        media = Path(tmp) / "media"
        if media.exists():
            for file in media.rglob("*"):
                if file.is_file():
                    target = Path(settings.MEDIA_ROOT) / file.relative_to(media)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(file.read_bytes())
    return manifest
