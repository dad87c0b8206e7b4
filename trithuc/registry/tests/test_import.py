import datetime as dt
import io
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.registry.models import ImportTemplate, Intellectual, RegistryImport, StatCell
from trithuc.registry.services import person_import as service
from trithuc.registry.tests.factories import person

HEADERS = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Dân tộc",
    "Trình độ",
    "Năm nhận bằng",
    "Lĩnh vực",
    "Cơ quan công tác",
]
GOOD = [
    [1, "Nguyễn Thị Hoà", 1994, "Nữ", "Kinh", "TS", 2021, "401", "Sở Y tế"],
    [2, "K'Brêl", 1990, "Nam", "K'Ho", "ThS", 2016, "Khoa học nông nghiệp", "so-khcn"],
    [3, "Touneh Hàn Tâm", "12/03/1988", "Nam", "Chu-ru", "Tiến sĩ", 2019, "602", "Trường Đại học Đà Lạt"],
]
BROKEN = [
    [4, "", 1990, "Nam", "Kinh", "CN", 2012, "", ""],
    [5, "Lê Văn Sai", 1899, "Nam", "Kinh", "CN", 2012, "", ""],
    [6, "Phạm Thị Lạ", 1992, "Nữ", "Không rõ", "CN", 2014, "", ""],
    [7, "Vũ Minh Tí", 1995, "Nam", "Kinh", "Tú tài", 2014, "", ""],
]


def xlsx(rows, headers=HEADERS, name="danh-sach.xlsx") -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def officer(registry_officer):
    return registry_officer


def start(officer, upload) -> RegistryImport:
    return service.registry_import_start(actor=officer, upload=upload)


def test_valid_file_is_imported_with_codes_matched(officer):
    draft = start(officer, xlsx(GOOD))
    assert draft.status == "preview", draft.message
    assert (draft.total_rows, draft.valid_rows, draft.errors) == (3, 3, [])
    done = service.registry_import_confirm(actor=officer, draft=draft, mode="all")
    assert done.created_rows == 3
    hoa = Intellectual.objects.get(full_name="Nguyễn Thị Hoà")
    assert (hoa.gender, hoa.ethnic_group_id, hoa.highest_degree, hoa.field_group) == (
        "female",
        "01",
        "TS",
        "4",
    )
    assert hoa.workplace_agency.code == "so-y-te"
    brel = Intellectual.objects.get(full_name="K'Brêl")
    assert (brel.ethnic_group_id, brel.is_minority, brel.field_group) == ("15", True, "4")
    tam = Intellectual.objects.get(full_name="Touneh Hàn Tâm")
    assert tam.birth_date == dt.date(1988, 3, 12) and tam.workplace_name == "Trường Đại học Đà Lạt"
    assert sum(StatCell.objects.values_list("count", flat=True)) == 3
    assert AuditEvent.objects.filter(action="registry.import.confirm").count() == 1


def test_errors_are_listed_per_row_and_column_in_vietnamese_and_downloadable(officer):
    draft = start(officer, xlsx(GOOD + BROKEN))
    assert (draft.total_rows, draft.valid_rows) == (7, 3)
    by_row = {row: (column, reason) for row, column, reason, _name in draft.errors}
    assert by_row[5] == ("Họ và tên", "Thiếu họ và tên.")
    assert by_row[6][0] == "Ngày/năm sinh"
    assert "Không rõ" in by_row[7][1] and "dân tộc" in by_row[7][1]
    assert by_row[8][0] == "Trình độ (học vị)"
    sheet = load_workbook(io.BytesIO(service.errors_xlsx(draft))).active
    rows = list(sheet.values)
    assert rows[0] == ("Dòng", "Họ và tên", "Cột", "Lý do") and len(rows) == 5


def test_all_or_nothing_with_a_broken_row_writes_nothing(officer):
    person("Người Có Sẵn", birth_year=1980)
    draft = start(officer, xlsx(GOOD + BROKEN))
    with pytest.raises(ServiceError, match="tất cả hoặc không"):
        service.registry_import_confirm(actor=officer, draft=draft, mode="all")
    assert list(Intellectual.objects.values_list("full_name", flat=True)) == ["Người Có Sẵn"]
    assert RegistryImport.objects.get(pk=draft.pk).status == "preview"


def test_valid_rows_only_keeps_the_good_rows(officer):
    draft = start(officer, xlsx(GOOD + BROKEN))
    done = service.registry_import_confirm(actor=officer, draft=draft, mode="valid")
    assert done.created_rows == 3 and Intellectual.objects.count() == 3


def test_failure_while_writing_rolls_everything_back(officer, monkeypatch):
    draft = start(officer, xlsx(GOOD))

    def boom(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "cells_rebuild", boom)
    with pytest.raises(RuntimeError):
        service.registry_import_confirm(actor=officer, draft=draft, mode="all")
    assert Intellectual.objects.count() == 0
    assert RegistryImport.objects.get(pk=draft.pk).status == "preview"


def test_corrupt_file_fails_with_a_vietnamese_message(officer):
    draft = start(officer, SimpleUploadedFile("hong.xlsx", b"PK\x03\x04 not really a zip"))
    assert draft.status == "failed"
    assert "Không đọc được tệp" in draft.message


def test_missing_name_column_fails_and_remapping_fixes_it(officer):
    headers = ["STT", "Tên người", "Năm sinh"]
    draft = start(officer, xlsx([[1, "Lê Văn Cường", 1985]], headers=headers))
    assert draft.status == "failed" and "Thiếu cột bắt buộc: Họ và tên" in draft.message
    draft = service.registry_import_remap(
        actor=officer,
        draft=draft,
        mapping={"full_name": "Tên người", "birth": "Năm sinh"},
        template_name="Mẫu Sở Y tế",
    )
    draft = service.registry_import_validate(import_id=draft.pk)
    assert draft.status == "preview" and draft.valid_rows == 1
    assert ImportTemplate.objects.get(name="Mẫu Sở Y tế").mapping["full_name"] == "Tên người"


def test_wrong_file_type_is_refused(officer):
    with pytest.raises(ServiceError, match="Chỉ nhận"):
        start(officer, SimpleUploadedFile("anh.png", b"\x89PNG"))


def test_only_registry_officers_import(coordinator):
    with pytest.raises(ServiceError):
        start(coordinator, xlsx(GOOD))


def test_duplicates_ignore_accents_and_tone_placement_and_merge_fills_gaps(officer, agencies):
    existing = person("Nguyễn Thị Hòa", birth_year=1994, workplace_agency=agencies["so-y-te"])
    rows = [GOOD[0], [9, "NGUYEN THI HOA", 1994, "Nữ", "Kinh", "TS", 2021, "401", "so-y-te"], GOOD[1]]
    draft = start(officer, xlsx(rows))
    found = {d["row"]: d for d in draft.duplicates}
    assert found[2]["existing"] == existing.pk
    assert found[3].get("existing") == existing.pk or found[3].get("other_row") == 2
    done = service.registry_import_confirm(actor=officer, draft=draft, mode="all", merge={2, 3})
    assert (done.created_rows, done.merged_rows) == (1, 2)
    existing.refresh_from_db()
    assert (existing.highest_degree, existing.ethnic_group_id, existing.gender) == ("TS", "01", "female")
    assert Intellectual.objects.count() == 2


def test_keeping_a_duplicate_creates_a_second_record(officer, agencies):
    person("Nguyễn Thị Hòa", birth_year=1994, workplace_agency=agencies["so-y-te"])
    draft = start(officer, xlsx([GOOD[0]]))
    assert len(draft.duplicates) == 1
    service.registry_import_confirm(actor=officer, draft=draft, mode="all", merge=set(), keep=True)
    assert Intellectual.objects.filter(search_name__startswith="nguyen thi hoa").count() == 2


def test_csv_is_read_too(officer):
    data = "Họ và tên,Năm sinh,Giới tính\nLò Thị Mai,1996,Nữ\n".encode()
    draft = start(officer, SimpleUploadedFile("ds.csv", data))
    assert draft.status == "preview" and draft.valid_rows == 1


def test_large_upload_is_validated_by_the_worker_with_progress(officer, settings):
    settings.REGISTRY_IMPORT_BACKGROUND_BYTES = 10  # the Immediate backend runs the task inline in tests
    draft = start(officer, xlsx(GOOD))
    assert draft.status == "preview" and draft.progress == 100


def test_import_pages_flow(client, officer):
    client.force_login(officer)
    response = client.post("/tri-thuc/nhap/", {"upload": xlsx(GOOD + BROKEN)})
    draft = RegistryImport.objects.get()
    assert response.status_code == 302
    page = client.get(f"/tri-thuc/nhap/{draft.pk}/").content.decode()
    assert "7 dòng: 3 hợp lệ, 4 lỗi" in page
    client.post(f"/tri-thuc/nhap/{draft.pk}/xac-nhan/", {"mode": "all"})
    assert Intellectual.objects.count() == 0
    client.post(f"/tri-thuc/nhap/{draft.pk}/xac-nhan/", {"mode": "valid"})
    assert Intellectual.objects.count() == 3
    errors = client.get(f"/tri-thuc/nhap/{draft.pk}/loi.xlsx")
    assert errors["Content-Type"].startswith("application/vnd.openxmlformats")


def test_command_line_actor_may_import(agencies):
    draft = service.registry_import_start(actor=SYSTEM, upload=xlsx(GOOD))
    assert service.registry_import_confirm(actor=SYSTEM, draft=draft, mode="all").created_rows == 3


def test_management_command_imports_a_file(agencies, tmp_path):
    from django.core.management import call_command

    path = tmp_path / "ds.xlsx"
    path.write_bytes(xlsx(GOOD + BROKEN).read())
    out = io.StringIO()
    call_command("registry_import", str(path), "--valid-only", stdout=out, stderr=io.StringIO())
    assert "Đã nhập 3 người" in out.getvalue() and Intellectual.objects.count() == 3


def test_large_confirmation_is_written_by_the_worker_with_progress(client, officer, settings):
    settings.REGISTRY_IMPORT_BACKGROUND_ROWS = 2  # the Immediate backend runs the task inline in tests
    client.force_login(officer)
    draft = start(officer, xlsx(GOOD))
    client.post(f"/tri-thuc/nhap/{draft.pk}/xac-nhan/", {"mode": "all"})
    draft.refresh_from_db()
    assert (draft.status, draft.created_rows, draft.progress) == ("done", 3, 100)
    assert AuditEvent.objects.filter(action="registry.import.confirm").count() == 1


def test_the_page_polls_while_the_worker_writes(client, officer):
    client.force_login(officer)
    draft = start(officer, xlsx(GOOD))
    RegistryImport.objects.filter(pk=draft.pk).update(status="importing", progress=40)
    page = client.get(f"/tri-thuc/nhap/{draft.pk}/").content.decode()
    assert "Đang ghi vào cơ sở dữ liệu" in page and "40%" in page and "hx-get" in page
    fragment = client.get(f"/tri-thuc/nhap/{draft.pk}/tien-do/")
    assert "HX-Refresh" not in fragment
    RegistryImport.objects.filter(pk=draft.pk).update(status="done")
    assert client.get(f"/tri-thuc/nhap/{draft.pk}/tien-do/")["HX-Refresh"] == "true"


def test_a_failing_background_write_leaves_nothing_and_returns_to_the_preview(officer, monkeypatch):
    draft = start(officer, xlsx(GOOD))

    def boom(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "cells_rebuild", boom)
    service.registry_import_confirm(actor=officer, draft=draft, mode="all", background=True)
    draft.refresh_from_db()
    assert Intellectual.objects.count() == 0
    assert draft.status == "preview" and "không dòng nào được nhập" in draft.message


def test_large_xlsx_is_read_in_slices_with_the_same_rows(officer, settings, monkeypatch, tmp_path):
    from trithuc.registry import xlsx_slices

    monkeypatch.setattr(service, "SLICE_ABOVE_BYTES", 0)
    monkeypatch.setattr(xlsx_slices, "SLICE_ROWS", 1)
    rows = [
        [i, f"Nguyễn Văn Số {chr(65 + i % 26)}{chr(65 + i // 26)}", 1980 + i % 20, "Nam"] for i in range(60)
    ]
    rows[30][2] = 1800
    draft = start(officer, xlsx(rows, headers=HEADERS[:4]))
    assert (draft.status, draft.total_rows, draft.valid_rows) == ("preview", 60, 59)
    assert draft.errors == [[32, "Ngày/năm sinh", "Năm 1800 nằm ngoài khoảng hợp lệ.", "Nguyễn Văn Số EB"]]
    assert draft.headers == HEADERS[:4]
    path = tmp_path / "offset.xlsx"
    workbook = Workbook()
    workbook.active["C4"] = "Họ và tên"
    workbook.active["C6"] = "Lò Văn Páo"
    workbook.save(path)
    headers, found = service.read_table(path, "xlsx")
    assert headers == ["Họ và tên"] and [(n, r) for n, r in found if any(r)] == [(6, ["Lò Văn Páo"])]


def test_a_large_file_read_by_the_child_process_fails_cleanly_when_broken(officer, monkeypatch):
    person("Trần Văn Cũ", birth_year=1970)
    monkeypatch.setattr(service, "SLICE_ABOVE_BYTES", 0)
    good = xlsx(GOOD).read()
    for broken in (b"PK\x03\x04 not really a workbook" * 100, good[: len(good) // 2]):
        draft = start(officer, SimpleUploadedFile("lon.xlsx", broken))
        assert (draft.status, draft.message) == ("failed", service.UNREADABLE)
    assert list(Intellectual.objects.values_list("full_name", flat=True)) == ["Trần Văn Cũ"]


def test_the_child_reader_stops_when_the_reading_stops_early(tmp_path, monkeypatch):
    from trithuc.registry import xlsx_slices

    started = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(xlsx_slices.subprocess, "Popen", Recorded)
    path = tmp_path / "lon.xlsx"
    path.write_bytes(xlsx([[i, f"Người Số {i}", 1990, "Nam"] for i in range(5000)]).read())
    rows = xlsx_slices.rows_from_child(str(path), rows_per_slice=100)
    assert next(rows)[1][:2] == ["STT", "Họ và tên"]
    rows.close()
    assert len(started) == 1 and started[0].returncode is not None


def test_a_child_reader_that_dies_is_reported_with_what_it_said(tmp_path, monkeypatch):
    import sys

    from trithuc.registry import xlsx_slices

    crashing = tmp_path / "python"
    crashing.write_text("#!/bin/sh\necho 'MemoryError: out of memory' >&2\nexit 3\n")
    crashing.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(crashing))
    with pytest.raises(xlsx_slices.ChildReadError, match="MemoryError: out of memory"):
        list(xlsx_slices.rows_from_child(str(tmp_path / "any.xlsx")))


def test_an_import_into_a_filled_registry_keeps_every_cube_equal_to_a_recount(officer, agencies):
    from trithuc.registry.cube import cells_rebuild
    from trithuc.registry.models import CUBES

    existing = person(
        "Nguyễn Thị Hòa", birth_year=1994, workplace_agency=agencies["so-y-te"], gender="female"
    )
    person("Trần Văn Cũ", birth_year=1970, gender="male", ethnic_group="15", locality="Đà Lạt")
    rows = [*GOOD, [9, "NGUYEN THI HOA", 1994, "Nữ", "Kinh", "TS", 2021, "401", "so-y-te"]]
    draft = start(officer, xlsx(rows))
    merged_row = next(d["row"] for d in draft.duplicates if d.get("existing") == existing.pk)
    service.registry_import_confirm(actor=officer, draft=draft, mode="all", merge={merged_row}, keep=True)

    def cubes():
        return {
            model.__name__: sorted(
                (tuple(str(v) for v in row) for row in model.objects.values_list(*dims, "count")),
            )
            for model, dims in CUBES
        }

    after_import = cubes()
    cells_rebuild()
    assert after_import == cubes()
    assert sum(StatCell.objects.values_list("count", flat=True)) == Intellectual.objects.count() == 5


def test_allocated_ids_are_the_sequence_values_whether_contiguous_or_not(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("ids come from a PostgreSQL sequence")
    contiguous = service._allocate_ids(5)
    assert contiguous == list(range(contiguous[0], contiguous[0] + 5))
    with connection.cursor() as cursor:  # what another writer taking ids in between looks like
        cursor.execute("SELECT pg_get_serial_sequence('registry_intellectual', 'id')")
        (sequence,) = cursor.fetchone()
        cursor.execute(f"ALTER SEQUENCE {sequence} INCREMENT BY 3")
        try:
            scattered = service._allocate_ids(4)
        finally:
            cursor.execute(f"ALTER SEQUENCE {sequence} INCREMENT BY 1")
    assert scattered == [contiguous[-1] + 3 * i for i in range(1, 5)]
