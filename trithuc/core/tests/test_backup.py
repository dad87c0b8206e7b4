import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from trithuc.agencies.models import Agency
from trithuc.core.backup import backup_create, restore_from
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.plans.models import Assignment, Plan, PlanItem, ProgressUpdate


@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_an_empty_database_with_files(tmp_path, settings, no_plans):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    from trithuc.agencies.services import agencies_seed
    from trithuc.plans.seed import seed_plan_ensure

    agencies_seed()
    plan = seed_plan_ensure()  # imported here, so its file is in this test's media folder
    update = ProgressUpdate(
        item=plan.items.get(ref="III.2.a"),
        agency=Agency.objects.get(code="so-noi-vu"),
        status="in_progress",
        result="Đã rà soát",
    )
    update.evidence.save("bien-ban.pdf", ContentFile(b"%PDF-1.4 bien ban"), save=False)
    update.save()
    counts = (
        Agency.objects.count(),
        PlanItem.objects.count(),
        Assignment.objects.count(),
        AuditEvent.objects.count(),
    )
    archive = tmp_path / "sao-luu.tar.gz"
    manifest = backup_create(archive)
    stored = sorted(p.name for p in (tmp_path / "media").rglob("*") if p.is_file())
    # The evidence; the imported plan file left the disk when its draft was confirmed (issue 16.12).
    assert manifest["files"] == len(stored) == 1

    call_command("flush", "--noinput", verbosity=0)
    for file in (tmp_path / "media").rglob("*"):
        if file.is_file():
            file.unlink()
    assert not Plan.objects.exists()

    restore_from(archive)
    assert (
        Agency.objects.count(),
        PlanItem.objects.count(),
        Assignment.objects.count(),
        AuditEvent.objects.count(),
    ) == counts
    restored = ProgressUpdate.objects.get()
    assert restored.evidence.read() == b"%PDF-1.4 bien ban"
    assert Plan.objects.get().items.get(ref="II.1.a").deadline == plan.items.get(ref="II.1.a").deadline

    with pytest.raises(ServiceError, match="không trống"):
        restore_from(archive)


def test_a_broken_backup_file_is_refused(tmp_path, no_agencies):
    broken = tmp_path / "hong.tar.gz"
    broken.write_bytes(b"not a tarball")
    with pytest.raises(ServiceError, match="Không đọc được tệp sao lưu"):
        restore_from(broken)
