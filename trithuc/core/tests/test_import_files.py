"""Files that outlive their purpose (issue 16.12): uploads and spools of imports leave the disk when the draft
ends, spools never go into a backup, and the daily purge removes what failed drafts kept for a retry."""

import datetime as dt
import io
import tarfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from trithuc.core.backup import backup_create
from trithuc.plans.models import PlanImport
from trithuc.plans.seed import SEED_TEXT
from trithuc.plans.services.plan_import import plan_import_confirm, plan_import_discard, plan_import_start
from trithuc.registry.models import RegistryImport
from trithuc.registry.services import person_import as registry_service

CSV = "Họ và tên,Năm sinh,Dân tộc\nLò Thị Mai,1996,Thái\nK'Brêl,1990,K'Ho\n".encode()


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def _files(media: Path) -> list[str]:
    return sorted(p.name for p in media.rglob("*") if p.is_file()) if media.exists() else []


def _registry_draft(officer) -> RegistryImport:
    return registry_service.registry_import_start(actor=officer, upload=SimpleUploadedFile("ds.csv", CSV))


def test_a_confirmed_registry_import_leaves_neither_upload_nor_spool(media, registry_officer):
    draft = _registry_draft(registry_officer)
    assert _files(media) == ["ds.csv", "ds.csv.rows.pickle"]  # the spool of checked rows, ethnicity included
    registry_service.registry_import_confirm(actor=registry_officer, draft=draft, mode="all")
    assert _files(media) == []


def test_a_discarded_registry_import_leaves_nothing(
    media, registry_officer, django_capture_on_commit_callbacks
):
    draft = _registry_draft(registry_officer)
    with django_capture_on_commit_callbacks(execute=True):
        registry_service.registry_import_discard(actor=registry_officer, draft=draft)
    assert _files(media) == []


def test_confirmed_and_discarded_plan_drafts_leave_no_upload(
    media, coordinator, django_capture_on_commit_callbacks
):
    kept = plan_import_start(actor=coordinator, upload=SimpleUploadedFile("a.txt", SEED_TEXT.read_bytes()))
    dropped = plan_import_start(actor=coordinator, upload=SimpleUploadedFile("b.txt", SEED_TEXT.read_bytes()))
    assert _files(media) == ["a.txt", "b.txt"]
    with django_capture_on_commit_callbacks(execute=True):
        plan_import_confirm(actor=coordinator, plan_import=kept)
        plan_import_discard(actor=coordinator, plan_import=dropped)
    assert _files(media) == []
    assert set(PlanImport.objects.values_list("upload", flat=True)) == {""}


def test_backups_never_carry_a_spool(media, registry_officer, tmp_path):
    _registry_draft(registry_officer)  # in preview: its spool is on disk
    (media / "minh-chung.pdf").write_bytes(b"%PDF-1.4 minh chung")
    path = tmp_path / "sao-luu.tar.gz"
    backup_create(path)
    with tarfile.open(path) as archive:
        names = archive.getnames()
    assert any(n.endswith("ds.csv") for n in names) and "media/minh-chung.pdf" in names
    assert not any(n.endswith(".rows.pickle") for n in names)


def test_the_daily_purge_removes_files_of_old_failed_drafts_and_keeps_recent_ones(
    media, registry_officer, coordinator, settings
):
    settings.IMPORT_FILES_KEEP_DAYS = 7
    old = _registry_draft(registry_officer)
    recent = _registry_draft(registry_officer)
    plan_draft = plan_import_start(actor=coordinator, upload=SimpleUploadedFile("c.txt", b"\x00\x00"))
    assert plan_draft.status == "failed"  # kept for a retry
    RegistryImport.objects.filter(pk__in=[old.pk, recent.pk]).update(status="failed")
    ten_days_ago = timezone.now() - dt.timedelta(days=10)
    RegistryImport.objects.filter(pk=old.pk).update(created_at=ten_days_ago)
    PlanImport.objects.filter(pk=plan_draft.pk).update(created_at=ten_days_ago)
    out = io.StringIO()
    call_command("imports_purge", stdout=out)
    assert "bản nháp kế hoạch: 1" in out.getvalue() and "lượt nhập CSDL trí thức: 1" in out.getvalue()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert not old.upload and recent.upload
    assert [n for n in _files(media) if n.endswith(".csv")] == [Path(recent.upload.name).name]
    assert not any(n.startswith("c") and n.endswith(".txt") for n in _files(media))
