"""Hostile spreadsheets in the registry import (issue 16, High 3): refused before python-calamine opens them,
with the limit and what was found; the draft ends failed with that message (never stuck at "validating 0 %"),
and no person and no spool is kept. A CSV is held to the same row limit."""

from django.core.files.uploadedfile import SimpleUploadedFile

from trithuc.core.tests.hostile_xlsx import (
    cell_at_the_far_corner,
    empty_rows,
    huge_dimension,
)
from trithuc.registry.models import Intellectual, RegistryImport
from trithuc.registry.services import person_import as service
from trithuc.registry.tests.test_import import GOOD, start, xlsx


def hostile(content: bytes, name: str = "danh-sach.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def _assert_refused_and_nothing_kept(draft: RegistryImport, *phrases: str) -> None:
    assert (draft.status, draft.progress) == ("failed", 100)
    for phrase in phrases:
        assert phrase in draft.message, draft.message
    assert Intellectual.objects.count() == 0
    assert not draft.upload.storage.exists(service._spool_name(draft))


def test_a_cell_at_xfd1048576_is_refused_through_the_page(client, registry_officer, calamine_calls):
    client.force_login(registry_officer)
    content = cell_at_the_far_corner(xlsx(GOOD).read())
    assert len(content) < 10_000
    response = client.post("/tri-thuc/nhap/", {"upload": hostile(content)})
    assert response.status_code == 302
    draft = RegistryImport.objects.get()
    _assert_refused_and_nothing_kept(draft, "1.048.576", "giới hạn")
    page = client.get(f"/tri-thuc/nhap/{draft.pk}/").content.decode()
    assert "1.048.576" in page
    assert calamine_calls == []


def test_a_huge_dimension_read_by_the_worker_fails_the_draft_with_the_message(
    registry_officer, settings, calamine_calls
):
    settings.REGISTRY_IMPORT_BACKGROUND_BYTES = 10  # the Immediate backend runs the worker's task inline
    draft = start(registry_officer, hostile(huge_dimension(xlsx(GOOD).read())))
    _assert_refused_and_nothing_kept(draft, "A1:XFD1048576")
    assert calamine_calls == []


def test_a_zip_bomb_of_empty_rows_is_refused(registry_officer, calamine_calls):
    draft = start(registry_officer, hostile(empty_rows(xlsx(GOOD).read(), 3_000_000, numbered=False)))
    _assert_refused_and_nothing_kept(draft, "nén bất thường")
    assert calamine_calls == []


def test_rows_past_the_setting_are_refused(registry_officer, settings, calamine_calls):
    settings.REGISTRY_IMPORT_MAX_ROWS = 500
    draft = start(registry_officer, hostile(empty_rows(xlsx(GOOD).read(), 2_000, numbered=True)))
    _assert_refused_and_nothing_kept(draft, "hơn 500 dòng")
    assert calamine_calls == []


def test_a_csv_past_the_row_limit_is_refused_and_keeps_nothing(registry_officer, settings):
    settings.REGISTRY_IMPORT_MAX_ROWS = 100
    data = ("Họ và tên,Năm sinh,Giới tính\n" + "Lò Thị Mai,1996,Nữ\n" * 20 + "\n" * 3_000).encode()
    assert len(data) < 10_000
    draft = start(registry_officer, hostile(data, "ds.csv"))
    _assert_refused_and_nothing_kept(draft, "hơn 100 dòng")


def test_a_file_within_the_limits_is_still_imported(registry_officer, settings):
    settings.REGISTRY_IMPORT_MAX_ROWS = 10
    draft = start(registry_officer, xlsx(GOOD))
    assert draft.status == "preview" and draft.valid_rows == len(GOOD)
