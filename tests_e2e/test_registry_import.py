"""In a real browser: the registry officer imports a list (one broken row, written by the worker with progress),
looks at a person, deletes the record through its confirmation page and finds both in the access log."""

import io

import pytest
from openpyxl import Workbook

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.models import AuditEvent
from trithuc.core.tests.factories import membership_user
from trithuc.registry.models import Intellectual, RegistryImport

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db, tmp_path, settings):
    agencies_seed()
    from trithuc.registry.reference import reference_data_load

    reference_data_load()
    settings.REGISTRY_IMPORT_BACKGROUND_ROWS = 1  # the confirmation goes to the (inline) worker
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Trình độ", "Cơ quan công tác"])
    sheet.append(["Ka Sô Hen", 1996, "Nữ", "K'Ho", "TS", "so-nnptnt"])
    sheet.append(["Lê Văn Tám", 1990, "Nam", "Kinh", "ThS", "Sở Y tế"])
    sheet.append(["Phạm Thị Lạ", 1992, "Nữ", "Không rõ", "CN", ""])
    path = tmp_path / "danh-sach.xlsx"
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
    return {"officer": membership_user("registry_officer", "so-noi-vu"), "file": path}


def test_import_with_a_broken_row_then_delete_a_record(page, live_server, world):
    base = live_server.url
    login(page, base, world["officer"].username)
    page.goto(f"{base}/tri-thuc/nhap/")
    page.get_by_label("Tệp danh sách (.xlsx, .csv)").set_input_files(str(world["file"]))
    page.get_by_role("button", name="Tải lên và kiểm tra").click()
    page.wait_for_url("**/tri-thuc/nhap/*/")
    assert "3 dòng: 2 hợp lệ, 1 lỗi" in page.locator("#import-summary").inner_text()
    assert "Không rõ" in page.locator("#import-errors").inner_text()
    page.get_by_label("Chỉ các dòng hợp lệ").check()
    page.get_by_role("button", name="Xác nhận nhập").click()
    page.wait_for_url("**/tri-thuc/nhap/*/")
    assert "Đã nhập 2 người" in page.content()
    assert RegistryImport.objects.get().status == "done" and Intellectual.objects.count() == 2
    person = Intellectual.objects.get(full_name="Lê Văn Tám")
    page.goto(f"{base}/tri-thuc/{person.pk}/")
    page.get_by_role("button", name="Xóa hồ sơ").click()
    page.wait_for_url(f"**/tri-thuc/{person.pk}/xoa/")
    assert "Không khôi phục được" in page.locator("#delete-warning").inner_text()
    page.get_by_role("button", name="Xóa hồ sơ").click()
    page.wait_for_url(f"{base}/tri-thuc/")
    assert not Intellectual.objects.filter(pk=person.pk).exists()
    page.goto(f"{base}/tri-thuc/nhat-ky-truy-cap/?person={person.pk}")
    assert "Lê Văn Tám" in page.locator("#access-log").inner_text()
    assert AuditEvent.objects.filter(action="registry.person.delete", target_id=str(person.pk)).exists()
