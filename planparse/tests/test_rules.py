"""One rule at a time, on short real phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse.deadlines import find_deadline
from planparse.linker import similarity, similarity_matrix
from planparse.model import PlanItem
from planparse.owners import coordinators_in, heading_agencies, item_owners, split_agencies, subject_owners
from planparse.parser import _clear_best, _numeral, _segments, _serves
from planparse.reader import join_wrapped_lines
from planparse.tree import _marker, parse_label


@pytest.mark.parametrize(
    ("line", "kind", "num"),
    [
        ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "roman", "II"),
        ("Điều 2. Nhiệm vụ", "article", "2"),
        ("1.1. Rà soát quy định", "dotted1", "1.1"),
        ("2.3.1 Xây dựng quy chế", "dotted2", "2.3.1"),
        ("3. Sở Tài chính: Chủ trì", "arabic", "3"),
        ("đ) Tận dụng tiềm năng", "letter", "đ"),
        ("- Tuyên truyền, phổ biến", "dash", ""),
        ("+ Tổ chức diễn tập", "plus", ""),
    ],
)
def test_markers(line: str, kind: str, num: str) -> None:
    found = _marker(line)
    assert found is not None and found[:2] == (kind, num)


@pytest.mark.parametrize("line", ["Căn cứ Quyết định số 142/QĐ-TTg", "MDCCC. không phải số La Mã hợp lệ"])
def test_not_markers(line: str) -> None:
    assert _marker(line) is None


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Đơn vị thực hiện: Sở Tư pháp.", "owner", "Sở Tư pháp."),
        ("Cơ quan chủ trì: Sở Nội vụ", "lead", "Sở Nội vụ"),
        ("Đơn vị phối hợp: Văn phòng UBND tỉnh", "coord", "Văn phòng UBND tỉnh"),
        ("Thời gian hoàn thành: Quý II/2026.", "time", "Quý II/2026."),
        ("Nhiệm vụ: Số hóa hồ sơ địa chính", "task", "Số hóa hồ sơ địa chính"),
    ],
)
def test_labels(text: str, label: str, value: str) -> None:
    assert parse_label(text) == (label, value)


@pytest.mark.parametrize(
    ("text", "lead", "coords"),
    [
        ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án", ["Sở Y tế"], ["Sở Tài chính"]),
        (
            "Sở Tài chính: Chủ trì, phối hợp với Sở Y tế tham mưu bố trí kinh phí",
            ["Sở Tài chính"],
            ["Sở Y tế"],
        ),
        (
            "Các sở, ban, ngành, địa phương phối hợp chặt chẽ với tổ chức đảng",
            ["Các sở, ban, ngành, địa phương"],
            ["tổ chức đảng"],
        ),
        ("Công an tỉnh chủ trì tham mưu kiện toàn Ban Chỉ đạo", ["Công an tỉnh"], []),
    ],
)
def test_subject_owners(text: str, lead: list[str], coords: list[str]) -> None:
    found = subject_owners(text)
    assert found is not None and found.lead == lead and found.coordinators == coords


@pytest.mark.parametrize(
    "text", ["Ban hành quy chế phối hợp", "Báo cáo kết quả thực hiện", "Rà soát quy hoạch"]
)
def test_no_subject_owner(text: str) -> None:
    assert item_owners(text, "", []) is None


def test_agency_heading_and_split() -> None:
    assert heading_agencies(["1.", "Sở Y tế:"][1]) == ["Sở Y tế"]
    assert heading_agencies("Đẩy mạnh thông tin, tuyên truyền") == []
    assert split_agencies("Sở Nội vụ, Sở Tài chính và UBND các huyện") == [
        "Sở Nội vụ",
        "Sở Tài chính",
        "UBND các huyện",
    ]
    assert split_agencies("Các sở, ban, ngành, đoàn thể, địa phương") == [
        "Các sở, ban, ngành, đoàn thể, địa phương"
    ]
    assert coordinators_in("Chủ trì, phối hợp với Sở Khoa học và Công nghệ hướng dẫn") == [
        "Sở Khoa học và Công nghệ"
    ]
    # local government as a whole is a body of its own in a list
    assert split_agencies("Chi cục Thủy lợi, Chính quyền địa phương và Công ty Thoát nước") == [
        "Chi cục Thủy lợi",
        "Chính quyền địa phương",
        "Công ty Thoát nước",
    ]


@pytest.mark.parametrize(
    ("text", "date", "recurrence"),
    [
        ("Tổ chức tập huấn cho nhân viên y tế thôn, bản hằng năm.", None, "yearly"),
        ("Bình xét khen thưởng hàng năm của đơn vị theo quy định", None, None),
        ("Xây dựng Đề án phát triển đội ngũ trí thức giai đoạn 2021-2030", None, None),
        ("Ban hành kế hoạch, hoàn thành trước ngày 31/3/2026.", dt.date(2026, 3, 31), None),
    ],
)
def test_deadline_in_sentence(text: str, date: dt.date | None, recurrence: str | None) -> None:
    dl = find_deadline(text)
    assert (dl.date, dl.recurrence) == (date, recurrence)


def test_clear_best_needs_floor_and_margin() -> None:
    assert _clear_best({0: 0.40, 1: 0.20}) == 0
    assert _clear_best({0: 0.40, 1: 0.38}) is None  # a near tie is no link
    assert _clear_best({0: 0.10}) is None  # below the floor
    # the runner-up of the same owner does not make the choice ambiguous
    assert _clear_best({0: 0.40, 1: 0.38, 2: 0.1}, key=lambda j: "A" if j < 2 else "B") == 0


def _resp(text: str, lead: list[str], coords: list[str] | None = None) -> PlanItem:
    item = PlanItem("IV.1", None, "task", text, (0, len(text)))
    item.lead, item.coordinators = lead, coords or []
    return item


def test_serves_own_owner_only() -> None:
    media = ["Các cơ quan truyền thông, báo chí"]
    assert _serves(_resp("Chỉ đạo các cơ quan thông tấn báo chí đẩy mạnh tuyên truyền", ["Sở TT&TT"]), media)
    assert not _serves(_resp("Tuyên truyền, phổ biến về vai trò của trí thức", ["Các sở, ban, ngành"]), media)
    assert _serves(_resp("Rà soát biên chế", ["Sở Nội vụ"]), ["Sở Nội vụ"])
    assert _serves(_resp("Xây dựng kế hoạch", ["Các sở, ban, ngành, địa phương"]), ["Các sở, ngành"])


def test_similarity_is_sparse_and_matches_dense() -> None:
    left = ["tiêm chủng mở rộng cho trẻ em", "giám sát dịch bệnh tại cửa khẩu"]
    right = ["tổ chức tiêm chủng mở rộng", "bố trí kinh phí", "giám sát cửa khẩu"]
    sparse = similarity(left, right)
    dense = similarity_matrix(left, right)
    assert 1 not in sparse[0] and dense[0][1] == 0.0
    assert max(sparse[0], key=sparse[0].__getitem__) == 0 and max(sparse[1], key=sparse[1].__getitem__) == 2


def test_segments_restart_at_roman_one() -> None:
    items = [
        PlanItem(r, None, "section", r, (0, 1), marker="roman") for r in ("I", "II", "III", "I[2]", "II[2]")
    ]
    assert [len(s) for s in _segments(items)] == [3, 2]
    assert [_numeral(r) for r in ("IV", "IX", "XII", "Điều 3")] == [4, 9, 12, 3]


def test_join_wrapped_lines() -> None:
    full = "Tổ chức quán triệt đầy đủ, sâu sắc nội dung của Kết luận số 52-KL/TW ngày 30/5/2019 của"
    text = "\n".join(
        [
            "KẾ HOẠCH",
            "THỰC HIỆN KẾT LUẬN SỐ 52",
            "1. " + full,
            "Ban Bí thư, về vai trò của đội ngũ trí thức trong thời kỳ công nghiệp hóa (Nghị quyết số",
            "27).",
            "b) Triển khai có hiệu quả các chính sách đầu tư cho các doanh nghiệp khoa học và công nghệ;",
            "sử dụng quỹ khoa học và công nghệ.",
            "c) Một dòng ngắn.",
            "STT | Nội dung | Đơn vị chủ trì",
        ]
    )
    assert join_wrapped_lines(text).split("\n") == [
        "KẾ HOẠCH",
        "THỰC HIỆN KẾT LUẬN SỐ 52",
        "1. "
        + full
        + " Ban Bí thư, về vai trò của đội ngũ trí thức trong thời kỳ công nghiệp hóa (Nghị quyết số 27).",
        "b) Triển khai có hiệu quả các chính sách đầu tư cho các doanh nghiệp khoa học và công nghệ; "
        "sử dụng quỹ khoa học và công nghệ.",
        "c) Một dòng ngắn.",
        "STT | Nội dung | Đơn vị chủ trì",
    ]
