"""Issue 15.9: every error of an import row is reported, and the error list names the person of the row."""

import io

from openpyxl import load_workbook

from trithuc.registry.services import person_import as service
from trithuc.registry.tests.test_import import HEADERS, xlsx

GOOD = [1, "Nguyễn Thị Hoà", 1994, "Nữ", "Kinh", "TS", 2021, "401", "Sở Y tế"]
MANY_ERRORS = [2, "Lê Văn Sai", 1899, "Không biết", "Không rõ", "Tú tài", 2012, "", ""]


def test_every_error_of_a_row_is_reported_with_the_persons_name(registry_officer):
    draft = service.registry_import_start(actor=registry_officer, upload=xlsx([GOOD, MANY_ERRORS]))
    assert (draft.total_rows, draft.valid_rows) == (2, 1)
    assert [(row, column, name) for row, column, _, name in draft.errors] == [
        (3, "Ngày/năm sinh", "Lê Văn Sai"),
        (3, "Giới tính", "Lê Văn Sai"),
        (3, "Dân tộc", "Lê Văn Sai"),
        (3, "Trình độ (học vị)", "Lê Văn Sai"),
    ]
    rows = list(load_workbook(io.BytesIO(service.errors_xlsx(draft))).active.values)
    assert rows[0] == ("Dòng", "Họ và tên", "Cột", "Lý do")
    assert {r[:3] for r in rows[1:]} == {(3, "Lê Văn Sai", c) for _, c, _, _ in draft.errors}


def test_the_preview_lists_each_error_with_the_name(client, registry_officer):
    draft = service.registry_import_start(actor=registry_officer, upload=xlsx([MANY_ERRORS], headers=HEADERS))
    client.force_login(registry_officer)
    page = client.get(f"/tri-thuc/nhap/{draft.pk}/").content.decode()
    assert page.count("Lê Văn Sai") >= 4 and "Giới tính" in page and "Trình độ (học vị)" in page


def test_a_row_like_an_existing_person_not_marked_merge_is_asked_about_first(
    client, registry_officer, agencies
):
    from trithuc.registry.models import Intellectual, RegistryImport
    from trithuc.registry.tests.factories import person

    person("Nguyễn Thị Hòa", birth_year=1994, workplace_agency=agencies["so-y-te"])
    draft = service.registry_import_start(actor=registry_officer, upload=xlsx([GOOD]))
    assert len(draft.duplicates) == 1
    client.force_login(registry_officer)
    response = client.post(f"/tri-thuc/nhap/{draft.pk}/xac-nhan/", {"mode": "all"}, follow=True)
    assert "chưa đánh dấu “Gộp” (dòng 2)" in response.content.decode()
    assert RegistryImport.objects.get(pk=draft.pk).status == "preview" and Intellectual.objects.count() == 1
    client.post(f"/tri-thuc/nhap/{draft.pk}/xac-nhan/", {"mode": "all", "keep_duplicates": "1"})
    assert RegistryImport.objects.get(pk=draft.pk).status == "done" and Intellectual.objects.count() == 2


def test_a_rows_cells_are_named_in_the_order_of_the_columns():
    """RowCells names the cells `itemgetter` takes in COLUMNS order; a column added to one and not the other would
    read every cell after it under the wrong name."""
    from trithuc.registry.columns import COLUMNS, RowCells

    assert RowCells._fields == tuple(c.key for c in COLUMNS)
