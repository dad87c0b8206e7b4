"""`trithuc province setup AGENCIES.xlsx` and `trithuc province template OUT.xlsx` (issue 13, point 6): a new
province starts from the list of its agencies; every row is checked, all errors are told with their row, and
nothing is written unless the whole list is right. The workbooks are real .xlsx files written here."""

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from trithuc import cli
from trithuc.agencies.models import Agency, AgencyAlias, ProvinceProfile
from trithuc.agencies.selectors import AgencyMatcher, province_home, province_profile
from trithuc.core.models import AuditEvent


def _workbook(
    path, agencies, province=None, headers=("Tên cơ quan", "Loại", "Cơ quan cấp trên", "Tên gọi khác")
):
    book = Workbook()
    info = book.active
    info.title = "Tỉnh"
    info.append(["Thông tin", "Giá trị"])
    for label, value in (province or {}).items():
        info.append([label, value])
    sheet = book.create_sheet("Cơ quan")
    sheet.append(list(headers))
    for row in agencies:
        sheet.append(list(row))
    book.save(path)
    return path


LHH = "Liên hiệp các Hội khoa học và kỹ thuật tỉnh"
NGHE_AN = {
    "Tên tỉnh, thành phố": "Nghệ An",
    "Cấp (tỉnh / thành phố)": "tỉnh",
    "Địa danh ghi trên văn bản": "Vinh",
}
ROWS = [
    ("Sở Nội vụ", "Sở, ban, ngành", "", "Sở NV; Sở Nội vụ tỉnh Nghệ An"),
    ("Sở Y tế", "department", "", ""),
    ("Trung tâm Kiểm soát bệnh tật", "Khác", "Sở Y tế", "CDC Nghệ An"),
    (None, None, None, None),  # a blank line in the middle is skipped
    ("Liên hiệp các Hội khoa học và kỹ thuật tỉnh", "Hội, đoàn thể", "", "Liên hiệp hội"),
]


def test_the_template_has_the_headers_one_example_row_and_reads_back(tmp_path, capsys):
    out = tmp_path / "mau.xlsx"
    assert cli.main(["province", "template", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Tỉnh", "Cơ quan", "Loại cơ quan"]
    rows = list(book["Cơ quan"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Tên cơ quan", "Loại", "Cơ quan cấp trên") and len(rows) == 2
    assert rows[1][:2] == ("Sở Nội vụ", "Sở, ban, ngành")
    kinds = [r[1] for r in book["Loại cơ quan"].iter_rows(min_row=2, values_only=True)]
    assert kinds == list(Agency.Kind.values)
    from trithuc.agencies.province_xlsx import province_xlsx_read

    profile, agencies = province_xlsx_read(out.read_bytes())
    assert profile == {
        "name": "",
        "level": "tỉnh",
        "place": "",
        "department_name": "Sở Khoa học và Công nghệ",
    }
    assert [(a.row, a.name, a.aliases) for a in agencies] == [(2, "Sở Nội vụ", ("Sở NV", "SNV"))]
    with pytest.raises(CommandError, match=".xlsx"):
        call_command("province_template", str(tmp_path / "mau.csv"))


def test_trithuc_province_runs_the_setup_and_template_commands(monkeypatch):
    """Through `trithuc` the command would close the test's connection when it ends (Django does after a
    command line), so the routing is checked here and the command itself through call_command."""
    ran = []
    monkeypatch.setattr(cli, "_django", lambda command, rest: ran.append((command, rest)) or 0)
    assert cli.main(["province", "setup", "a.xlsx", "--name", "X"]) == 0
    assert cli.main(["province", "template", "b.xlsx"]) == 0
    assert ran == [("province_setup", ["a.xlsx", "--name", "X"]), ("province_template", ["b.xlsx"])]


def test_an_empty_province_is_set_up_from_its_list(no_agencies, tmp_path, capsys):
    path = _workbook(tmp_path / "nghe-an.xlsx", ROWS, NGHE_AN)
    call_command("province_setup", str(path))  # `trithuc province setup` (its routing: the next test)
    told = capsys.readouterr().out
    assert "Đã thiết lập tỉnh Nghệ An: thêm 5 cơ quan, 6 nhóm cơ quan (địa danh trên văn bản: Vinh)" in told
    profile = province_profile()
    assert (profile.pk is not None, profile.name, profile.date_place) == (True, "Nghệ An", "Vinh")
    by_name = {a.name: a for a in Agency.objects.all()}
    assert set(by_name) == {
        "Ủy ban nhân dân tỉnh Nghệ An",  # added: plans and documents name the People's Committee
        "Sở Nội vụ",
        "Sở Y tế",
        "Trung tâm Kiểm soát bệnh tật",
        LHH,
    }
    assert by_name["Trung tâm Kiểm soát bệnh tật"].parent == by_name["Sở Y tế"]
    assert by_name["Trung tâm Kiểm soát bệnh tật"].kind == Agency.Kind.OTHER
    assert by_name["Sở Nội vụ"].code == "so-noi-vu" and by_name["Sở Y tế"].code == "so-y-te"
    assert set(AgencyAlias.objects.filter(agency=by_name["Sở Nội vụ"]).values_list("alias", flat=True)) == {
        "Sở Nội vụ",
        "Sở NV",
        "Sở Nội vụ tỉnh Nghệ An",
    }
    assert province_home().place == "Nghệ An"
    matcher = AgencyMatcher.load()
    assert matcher.match("UBND tỉnh Nghệ An").agency == by_name["Ủy ban nhân dân tỉnh Nghệ An"]
    assert matcher.match("CDC Nghệ An").agency == by_name["Trung tâm Kiểm soát bệnh tật"]
    assert matcher.match("Giao Sở Y tế tỉnh Nghệ An").agency == by_name["Sở Y tế"]
    group = matcher.match("Các sở, ban, ngành, đoàn thể, địa phương").group
    assert set(group.members()) == {by_name["Sở Nội vụ"], by_name["Sở Y tế"], by_name[LHH]}
    assert AuditEvent.objects.filter(action="province.setup").count() == 1


def test_every_row_error_is_told_with_its_row_and_nothing_is_written(no_agencies, tmp_path, capsys):
    rows = [
        ("Sở Nội vụ", "Sở, ban, ngành", "", ""),
        ("", "Sở, ban, ngành", "", ""),  # row 3: no name
        ("Sở Y tế", "bệnh viện", "", ""),  # row 4: unknown kind
        ("sở nội vụ", "department", "", ""),  # row 5: the same name as row 2
        ("Trung tâm A", "other", "Sở Tài chính", ""),  # row 6: no such parent
        ("Phòng B", "other", "Phòng C", ""),  # rows 7 and 8: each the other's parent
        ("Phòng C", "other", "Phòng B", "Sở NV"),
        ("Sở Tư pháp", "department", "", "Sở NV"),  # row 9: an alias row 8 already has
        ("Ban D", "", "", ""),  # row 10: no kind
    ]
    path = _workbook(tmp_path / "loi.xlsx", rows, NGHE_AN)
    with pytest.raises(CommandError, match="Chưa tạo gì: danh sách có 8 lỗi"):
        call_command("province_setup", str(path))
    told = capsys.readouterr().err
    for expected in (
        "Dòng 3: thiếu tên cơ quan",
        "Dòng 4: loại “bệnh viện” không có; dùng một trong: UBND tỉnh (province)",
        "Dòng 5: “sở nội vụ” trùng tên với dòng 2",
        "Dòng 6: không thấy cơ quan cấp trên “Sở Tài chính” trong danh sách",
        "Dòng 7: cơ quan cấp trên vòng lại chính nó",
        "Dòng 8: cơ quan cấp trên vòng lại chính nó",
        "Dòng 9: tên gọi “Sở NV” trùng với “Phòng C” ở dòng 8",
        "Dòng 10: thiếu loại cơ quan",
    ):
        assert expected in told, expected
    assert told.index("Dòng 3") < told.index("Dòng 10")
    assert not Agency.objects.exists() and not ProvinceProfile.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="province.").exists()


def test_a_province_that_has_agencies_is_refused_unless_asked_to_add(agencies, tmp_path):
    before = Agency.objects.count()
    path = _workbook(
        tmp_path / "them.xlsx", [("Sở Y tế", "department", "", ""), ("Ban E", "other", "Sở Y tế", "")]
    )
    with pytest.raises(CommandError, match=rf"đã có {before} cơ quan.*--add-to-existing"):
        call_command("province_setup", str(path), "--name", "Nghệ An")
    assert Agency.objects.count() == before
    with pytest.raises(CommandError, match="1 lỗi"):  # Sở Y tế is one of them already
        call_command("province_setup", str(path), "--add-to-existing")
    assert Agency.objects.count() == before
    path = _workbook(tmp_path / "them2.xlsx", [("Ban E", "other", "Sở Y tế", "Ban E tỉnh")])
    call_command("province_setup", str(path), "--add-to-existing")
    added = Agency.objects.get(name="Ban E")
    assert added.parent == agencies["so-y-te"] and Agency.objects.count() == before + 1
    assert Agency.objects.filter(kind=Agency.Kind.PROVINCE, valid_to__isnull=True).count() == 1


def test_the_province_comes_from_the_options_when_the_file_has_no_province_sheet(no_agencies, tmp_path):
    book = Workbook()
    book.active.title = "Cơ quan"
    book.active.append(["name", "kind", "parent", "aliases"])  # the English column names are understood too
    book.active.append(["Ủy ban nhân dân thành phố Hải Phòng", "province", "", "UBND TP Hải Phòng"])
    book.active.append(["Sở Khoa học và Công nghệ", "department", "", ""])
    path = tmp_path / "hai-phong.xlsx"
    book.save(path)
    with pytest.raises(CommandError):
        call_command("province_setup", str(path))  # no name anywhere
    assert not Agency.objects.exists()
    call_command("province_setup", str(path), "--name", "Hải Phòng", "--level", "thành phố")
    assert province_profile().committee_letterhead == "UBND THÀNH PHỐ HẢI PHÒNG"
    assert Agency.objects.filter(kind=Agency.Kind.PROVINCE).count() == 1  # its own row, none added


def test_a_file_without_the_agency_sheet_or_columns_is_refused_plainly(no_agencies, tmp_path, capsys):
    book = Workbook()
    book.active.title = "Danh sách"
    path = tmp_path / "sai.xlsx"
    book.save(path)
    with pytest.raises(CommandError):
        call_command("province_setup", str(path), "--name", "Nghệ An")
    assert "tệp không có trang “Cơ quan”" in capsys.readouterr().err
    path = _workbook(tmp_path / "cot.xlsx", [("Sở Y tế",)], NGHE_AN, headers=("Tên cơ quan",))
    with pytest.raises(CommandError):
        call_command("province_setup", str(path))
    assert "Dòng 1: thiếu cột “Loại”" in capsys.readouterr().err
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(CommandError, match="xlsx"):
        call_command("province_setup", str(tmp_path / "hong.xlsx"))
    with pytest.raises(CommandError, match="Không đọc được tệp"):
        call_command("province_setup", str(tmp_path / "khong-co.xlsx"))
    assert not Agency.objects.exists()
