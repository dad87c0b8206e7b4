"""Owner rules of round 14 (owners), found by listing every lead miss of the seen sets (synthetic texts in their
styles): a group named after the body it belongs to ("các tổ chức thành viên của Mặt trận"); a council ("Hội đồng
…") as a subject; a body that shares out its own duties ("phân công rõ trách nhiệm …") keeps them; a later sentence
that only says who answers to a superior names no owner; a tone mark a PDF draws apart joins its letter."""

from __future__ import annotations

import unicodedata

from planparse.pdf_reader import Word, _join_pieces
from planparse.tests.reading import items_by_ref

PLAN_HEAD = "ỦY BAN NHÂN DÂN THÀNH PHỐ C\nSố: 14/KH-UBND\nKẾ HOẠCH\nThực hiện công tác gia đình năm 2026\n"


def test_a_group_named_after_the_body_it_belongs_to_is_one_owner_of_the_heading() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ\n"
        "1. Tổ chức các hoạt động hưởng ứng Ngày Gia đình Việt Nam.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Văn hóa và Thể thao\n"
        "- Chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ chức "
        "thành viên của Mặt trận\n"
        "- Vận động hội viên tham gia các hoạt động hưởng ứng Ngày Gia đình Việt Nam tại khu dân cư.\n"
    )
    assert items["II.2-1"].lead == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",
        "Hội Liên hiệp Phụ nữ Thành phố",
        "các tổ chức thành viên của Mặt trận",
    ]
    assert items["II.2-1"].lead_source == "explicit"


def test_a_council_opens_its_sentence_as_its_subject() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Trách nhiệm thực hiện\n"
        "- Sở Nội vụ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
        "- Hội đồng Thi đua - Khen thưởng tỉnh tổ chức xét chọn, đề nghị khen thưởng các tập thể có thành tích.\n"
    )
    assert items["I.1-2"].lead == ["Hội đồng Thi đua - Khen thưởng tỉnh"]
    assert items["I.1-2"].lead_source == "explicit"


def test_a_body_that_shares_out_its_own_duties_keeps_them() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Trách nhiệm thực hiện\n"
        "- Sở Nội vụ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
        "- Ban Chỉ đạo công tác gia đình các cấp phân công rõ trách nhiệm cho từng thành viên trong việc kiểm tra, "
        "giám sát thực hiện Kế hoạch.\n"
        "- Ủy ban nhân dân Thành phố giao nhiệm vụ cho Sở Y tế chủ trì tổ chức khám sức khỏe cho người cao tuổi.\n"
    )
    assert items["I.1-2"].lead == ["Ban Chỉ đạo công tác gia đình các cấp"]
    # a handing over to a named body still gives the work to that body
    assert items["I.1-3"].lead != ["Ủy ban nhân dân Thành phố"]


def test_a_later_sentence_that_says_who_answers_to_a_superior_names_no_owner() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Quản lý đất đai\n"
        "- Các sở, ngành và Ủy ban nhân dân cấp xã tăng cường quản lý đất đai trên địa bàn; kịp thời phát hiện, "
        "xử lý các vi phạm. Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân "
        "dân tỉnh nếu để xảy ra lấn chiếm đất công trên địa bàn.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nông nghiệp và Môi trường chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
    )
    assert items["I.1-1"].lead == ["Các sở, ngành", "Ủy ban nhân dân cấp xã"]
    assert "I.1-1[2]" not in items  # the accountable person's sentence is no step of its own


def test_a_tone_mark_drawn_apart_joins_the_letter_before_it() -> None:
    # "Tổng" drawn as "Tô", a hook above sitting higher than the letters and over the "ô", then "ng"
    words = [
        Word("Tô", 126.98, 143.36, 100.0, 114.0, 14.04),
        Word("\u0309", 136.34, 143.36, 95.0, 99.0, 14.04),
        Word("ng", 143.4, 158.0, 100.0, 114.0, 14.04),
        Word("Công", 162.0, 190.0, 100.0, 114.0, 14.04, space_before=160.0),
    ]
    out = _join_pieces(words)
    assert [unicodedata.normalize("NFC", w.text) for w in out] == ["Tổng", "Công"]


def test_a_head_word_inside_a_longer_name_is_no_body_of_its_own() -> None:
    items = items_by_ref(
        PLAN_HEAD + "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
        "2. Công an tỉnh\n"
        "a) Chủ trì tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Chương trình.\n"
        "b) Tổ chức thực hiện các dự án do Bộ Công an chủ trì theo chức năng, nhiệm vụ được giao (khi Bộ Công an "
        "triển khai):\n"
        "- Dự án 1: “Phòng ngừa tội phạm về ma túy”.\n"
        "- Dự án 2: “Ứng dụng khoa học và công nghệ”.\n"
    )
    # "do Bộ Công an chủ trì" says whose projects they are; "Công an" inside "Bộ Công an" is no actor
    assert items["I.2.b-1"].lead == ["Công an tỉnh"]
