"""Reading rules of round 26 (set 25), from letters and conclusion notices (synthetic texts in their style): dashes
that only name documents under a numbered topic line's request are no tasks; a whole year written before the day
the work must be done by is not an earlier step of it; a period the cited document sets is not a deadline; "Trong
quá trình thực hiện <body> …" without its comma names its body."""

from __future__ import annotations

from planparse.deadlines import find_deadline, step_ends
from planparse.owners import split_agencies, subject_owners
from planparse.tests.reading import notice_items, task_refs

LETTER = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH X\n"
    "Số: 120/SNNMT-TL\n"
    "V/v triển khai các văn bản mới về thủy lợi\n"
    "X, ngày 10 tháng 02 năm 2026\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Để bảo đảm thực hiện thống nhất Luật Thủy lợi, Sở Nông nghiệp và Môi trường đề nghị như sau:\n"
)


def test_document_dashes_under_a_topic_lines_request_are_no_tasks() -> None:
    # "1. Về …" is a topic line; the paragraph under it asks the communes to study "các văn bản sau:", and the dashes
    # only name those documents by number: one task, no five. Without the rule each dash is read as a task.
    body = (
        "1. Về phổ biến văn bản mới\n"
        "Đề nghị Ủy ban nhân dân các xã, phường tuyên truyền, hướng dẫn các tổ chức thủy lợi cơ sở nghiên cứu, "
        "áp dụng các văn bản quy phạm pháp luật sau:\n"
        "- Nghị định số 40/2026/NĐ-CP ngày 05 tháng 01 năm 2026 của Chính phủ quy định chi tiết một số điều.\n"
        "- Thông tư số 03/2026/TT-BNNMT ngày 12 tháng 01 năm 2026 của Bộ trưởng hướng dẫn vận hành công trình.\n"
        "2. Về kiểm tra công trình\n"
        "Đề nghị Ủy ban nhân dân các xã, phường kiểm tra an toàn các hồ chứa nhỏ trên địa bàn.\n"
    )
    items = notice_items(LETTER, body)
    tasks = task_refs(items)
    assert "1" in tasks and "2" in tasks
    assert not any(ref.startswith("1-") for ref in tasks)


def test_document_dashes_under_a_numbered_duty_stay_tasks_when_they_do_work() -> None:
    # dashes that do work under the same kind of request stay tasks: only a dash that names a document is absorbed
    body = (
        "1. Về phổ biến văn bản mới\n"
        "Đề nghị Ủy ban nhân dân các xã, phường thực hiện các nội dung sau:\n"
        "- Tổ chức tuyên truyền Nghị định số 40/2026/NĐ-CP đến các tổ chức thủy lợi cơ sở.\n"
        "- Rà soát các công trình thủy lợi nhỏ trên địa bàn.\n"
    )
    tasks = task_refs(notice_items(LETTER, body))
    assert {"1-1", "1-2"} <= tasks


def test_a_year_before_the_completion_day_is_no_earlier_step() -> None:
    # "… trong giai đoạn 2022 - 2025 …; đề xuất kế hoạch … trong năm 2025 … . Hoàn thành … trước ngày 15/3/2025":
    # one piece of work due on the day; the years end after it, so they are what it is about, not its steps
    text = (
        "Công ty X rà soát toàn bộ quá trình sắp xếp, xác định việc thoái vốn trong giai đoạn 2022 - 2025 có còn phù "
        "hợp hay không; trường hợp phù hợp thì đề xuất kế hoạch thoái vốn trong năm 2025 bảo đảm khả thi. Hoàn "
        "thành và báo cáo Ủy ban nhân dân tỉnh trước ngày 15/3/2025."
    )
    assert step_ends(text) == []
    assert str(find_deadline(text).date) == "2025-03-15"


def test_work_to_complete_within_the_year_stays_a_step() -> None:
    # a year cued as work to complete ("hoàn thành … trong năm 2025") is a step of its own, even if it ends later
    text = (
        "Các sở, ngành bảo đảm hoàn thành toàn bộ các nhiệm vụ được giao trong năm 2025; gửi văn bản cam kết tiến độ "
        "về Ban Chỉ đạo, hoàn thành trước ngày 25 tháng 11 năm 2025."
    )
    assert len(step_ends(text)) == 1


def test_a_period_the_cited_document_sets_is_no_deadline() -> None:
    # "đến năm 2025 theo Kế hoạch số 186/KH-UBND": the horizon of the cited plan's target, not when to act
    text = (
        "Khẩn trương xây dựng kế hoạch thực hiện chỉ tiêu giảm tỷ lệ hộ nghèo đến năm 2025 theo Kế hoạch số "
        "77/KH-UBND ngày 02/8/2024 của Ủy ban nhân dân tỉnh."
    )
    assert find_deadline(text).date is None
    # a completion cue still times the work
    done = "Hoàn thành việc sắp xếp trong năm 2025 theo Kế hoạch số 77/KH-UBND của Ủy ban nhân dân tỉnh."
    assert str(find_deadline(done).date) == "2025-12-31"


def test_course_of_the_work_before_its_body_without_a_comma() -> None:
    # "Trong quá trình thực hiện Thủ trưởng các địa phương chủ động phối hợp với Sở A …": the opener says when, the
    # body after it acts (and Sở A coordinates)
    found = subject_owners(
        "Trong quá trình thực hiện Thủ trưởng các cơ quan chủ động phối hợp với Sở Tài chính để kịp thời tháo gỡ "
        "vướng mắc."
    )
    assert found is not None
    assert found.lead == ["Thủ trưởng các cơ quan"]
    assert found.coordinators == ["Sở Tài chính"]


def test_a_later_request_to_another_body_is_a_task_of_its_own() -> None:
    # the item is the letter's request ("Đề nghị …"); its second sentence asks another body ("Yêu cầu các tổ chức
    # …"): two tasks, each with its own owner. Without the rule the second body is lost.
    body = (
        "1. Về phổ biến văn bản mới\n"
        "Đề nghị Ủy ban nhân dân các xã, phường phối hợp với Sở Nông nghiệp và Môi trường tuyên truyền, hướng dẫn các "
        "văn bản mới về thủy lợi. Yêu cầu các tổ chức thủy lợi cơ sở trên địa bàn chủ động nghiên cứu, áp dụng đúng "
        "các quy định mới trong vận hành công trình.\n"
        "2. Về kiểm tra công trình\n"
        "Đề nghị Ủy ban nhân dân các xã, phường kiểm tra an toàn các hồ chứa nhỏ trên địa bàn.\n"
    )
    items = notice_items(LETTER, body)
    assert items["1"].lead == ["Ủy ban nhân dân các xã, phường"]
    assert items["1[2]"].kind == "task"
    assert items["1[2]"].lead == ["các tổ chức thủy lợi cơ sở trên địa bàn"]


def test_a_bodys_own_requirement_stays_its_work() -> None:
    # a dash of a body's own work that goes on "Yêu cầu các cơ sở …" is still that body's one task
    body = (
        "1. Sở Nông nghiệp và Môi trường\n"
        "- Tăng cường kiểm soát các công trình thủy lợi có nguy cơ mất an toàn cao trên địa bàn tỉnh. Yêu cầu các "
        "tổ chức thủy lợi cơ sở lắp đặt thiết bị quan trắc mực nước tự động.\n"
        "- Kiểm tra an toàn các hồ chứa nhỏ trên địa bàn.\n"
    )
    items = notice_items(LETTER, body)
    assert "1-1[2]" not in items
    assert items["1-1"].lead == ["Sở Nông nghiệp và Môi trường"]


def test_addressees_named_by_their_work_stay_in_the_list() -> None:
    # "các đơn vị đầu mối giao kế hoạch", "các Cơ quan chủ trì Dự án, Tiểu dự án": bodies named by what they do, in a
    # list that goes on after them with "các …": their verbs are part of their names. Without the rule the list
    # ends at "giao" and the later addressees are lost.
    found = subject_owners(
        "Yêu cầu Thủ trưởng các sở, ngành, các Chủ đầu tư, các đơn vị đầu mối giao kế hoạch, các Cơ quan chủ trì Dự "
        "án, Tiểu dự án, các cơ quan quản lý Chương trình theo chức năng, nhiệm vụ được giao đẩy nhanh tiến độ giải "
        "ngân vốn."
    )
    assert found is not None
    assert "các đơn vị đầu mối giao kế hoạch" in found.lead
    assert "các Cơ quan chủ trì Dự án, Tiểu dự án" in found.lead


def test_a_lone_body_named_before_its_verb_keeps_its_verb() -> None:
    # one body and its verb, then another clause: "chủ trì" is the predicate, not part of a name
    found = subject_owners("Các đơn vị chủ trì xây dựng đề án, các đơn vị khác phối hợp cung cấp số liệu.")
    assert found is not None
    assert found.lead == ["Các đơn vị"]


def test_a_body_with_its_own_name_ends_a_distributive_list() -> None:
    # "các Sở: Tài chính, Kế hoạch và Đầu tư, Công ty TNHH X …": the company has a head word and a name of its own, so
    # the departments' names end before it. Without the rule it reads "Sở Công ty TNHH X" and cuts the company's name.
    names = split_agencies(
        "các Sở: Tài chính, Kế hoạch và Đầu tư, Công ty TNHH MTV Cấp thoát nước, Môi trường Đô thị X và các cơ "
        "quan, đơn vị liên quan"
    )
    assert names == [
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
        "Công ty TNHH MTV Cấp thoát nước, Môi trường Đô thị X",
        "các cơ quan, đơn vị liên quan",
    ]


def test_what_a_list_spreads_is_no_further_addressee() -> None:
    # "…, các cơ quan báo chí tuyên truyền đầy đủ về diễn biến tình hình, các chỉ đạo …": "các chỉ đạo" is what is
    # spread, not a body, so "tuyên truyền" is the predicate and the name ends before it
    found = subject_owners(
        "Đài Truyền hình tỉnh, Báo tỉnh, các cơ quan báo chí tuyên truyền đầy đủ về diễn biến tình hình, các chỉ "
        "đạo của tỉnh và kết quả khắc phục của các địa phương."
    )
    assert found is not None
    assert found.lead[-1] == "các cơ quan báo chí"
