"""Bodies a plan convenes (steering committees, working groups, councils) are told from their kind of name."""

import pytest

from trithuc.agencies.selectors import SCOPE_LABELS, body_scope, province_home


@pytest.mark.parametrize(
    ("phrase", "scope"),
    [
        # a working group and the agency that serves as its standing office: not an agency of the catalogue
        ("Cơ quan thường trực Tổ công tác triển khai Đề án 06", "convened"),
        ("Tổ công tác", "convened"),
        ("Tổ trưởng Tổ công tác", "convened"),
        ("Tổ giúp việc", "convened"),
        ("Ban Chỉ đạo", "convened"),
        ("Trưởng Ban Chỉ đạo", "convened"),  # its head answers for it
        ("Phó Trưởng ban Thường trực Ban Chỉ đạo", "convened"),
        ("Các thành viên của Ban Chỉ đạo", "convened"),
        ("Văn phòng Ban Chỉ đạo", "convened"),
        ("Tiểu ban giúp việc Ban Chỉ đạo", "convened"),
        ("Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương", "convened"),  # every province's own
        ("Ban Tổ chức Hội thi", "convened"),
        ("Hội đồng", "convened"),
        ("Hội đồng Thi đua - Khen thưởng tỉnh", "convened"),
        # a national one, from the words of its name only
        ("Tổ công tác Đề án 06 Trung ương", "central"),
        ("Tổ công tác của Thủ tướng Chính phủ", "central"),
        ("Tổ công tác của Chính phủ", "central"),
        ("Ban Chỉ đạo quốc gia", "central"),
        ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "central"),
        ("Ban Tổ chức Trung ương", "central"),
        # named with another province: that province's
        ("Ban Chỉ đạo tỉnh Nghệ An", "other_province"),
        # standing bodies whose names share the words
        ("Ban Tổ chức Tỉnh ủy", None),
        ("Ban Tổ chức Huyện ủy", None),
        ("Hội đồng nhân dân tỉnh", None),
        ("Thường trực Hội đồng nhân dân", None),
        ("Thường trực Tỉnh ủy", None),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", None),
        ("Hội đồng Dân tộc", None),  # the National Assembly's: not convened (its scope is left as it was)
        ("Chủ tịch Hội đồng thành viên", None),  # a company's board
        ("Văn phòng UBND tỉnh", None),
        ("Trưởng Công an tỉnh", None),
    ],
)
def test_a_convened_body_is_told_by_its_kind_of_name(agencies, phrase, scope):
    assert body_scope(phrase, province_home()) == scope


def test_every_scope_has_a_vietnamese_label():
    assert SCOPE_LABELS["convened"].startswith("Ban chỉ đạo, tổ công tác, hội đồng")
    assert {"central", "other_province", "related", "non_state", "convened"} == SCOPE_LABELS.keys()
