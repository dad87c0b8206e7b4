"""Round 51 (sets 44 and 45, released): what is and is not a task in guidance letters and event plans (synthetic
texts written for these tests, not corpus text)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_dates, task_refs

GROUNDS_LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH X\nSỞ NỘI VỤ\nSố: 41/SNV-TCBM\nX, ngày 04 tháng 3 năm 2027\n"
    "V/v kiện toàn tổ chức các hội nghề nghiệp\n"
    "Kính gửi: Ban Thường vụ các hội nghề nghiệp trên địa bàn tỉnh.\n"
    "Thực hiện chủ trương sắp xếp các hội sau khi hợp nhất đơn vị hành chính, Sở Nội vụ đề nghị:\n"
    "1. Đối với Hội Kiến trúc sư\n"
    "Đề nghị Ban Thường vụ các Hội Kiến trúc sư (tỉnh X, tỉnh Y cũ), căn cứ quy định tại:\n"
    "- Luật Kiến trúc năm 2019;\n"
    "- Nghị định số 12/2027/NĐ-CP ngày 10/01/2027 của Chính phủ về tổ chức, hoạt động và quản lý hội;\n"
    "- Điều lệ Hội Kiến trúc sư Việt Nam ban hành kèm theo Quyết định số 88/QĐ-BNV ngày 05/5/2026;\n"
    "- Hướng dẫn số 7- HD/BTC ngày 12/02/2027 về sắp xếp các hội quần chúng.\n"
    "Sở Nội vụ đề nghị Ban Thường vụ Hội Kiến trúc sư của 02 tỉnh phối hợp xây dựng phương án hợp nhất, gửi về Sở "
    "Nội vụ trước ngày 20/3/2027.\n"
    "2. Đối với Hội Luật gia\n"
    "Đề nghị các Ban Thường vụ Hội Luật gia (tỉnh X, tỉnh Y cũ), căn cứ quy định tại:\n"
    "- Luật về hội năm 2026;\n"
    "- Điều lệ Hội Luật gia Việt Nam ban hành kèm theo Quyết định số 90/QĐ-BNV ngày 06/5/2026.\n"
    "Đề nghị Ban Thường vụ Hội Luật gia chuẩn bị hồ sơ đại hội hợp nhất, gửi về Sở Nội vụ trước ngày 25/3/2027.\n"
    "Vậy, Sở Nội vụ đề nghị các hội triển khai thực hiện các nội dung nêu trên đúng thời gian.\n"
    "Nơi nhận:\n"
)


def test_the_grounds_under_a_heading_are_no_tasks() -> None:
    """ "Đề nghị … , căn cứ quy định tại:" over dashes naming documents, by number or only by kind and name ("-
    Luật Kiến trúc năm 2019;", "- Điều lệ … ban hành kèm theo …", "- Hướng dẫn số 7- HD/…"): the grounds, not
    duties (before: each dash a task and the request after them a note or the heading's closing)."""
    items = items_by_ref(GROUNDS_LETTER)
    assert not [ref for ref in task_refs(items) if "-" in ref], sorted(task_refs(items))


def test_the_request_after_the_grounds_is_the_headings_task() -> None:
    """The paragraph of work after the documents is the heading's duty (`1[2]`, `2[2]`), with its own owner and
    date; the heading's opening paragraph only announces its grounds and is no task of its own."""
    items = items_by_ref(GROUNDS_LETTER)
    tasks = task_refs(items)
    assert {"1[2]", "2[2]"} <= tasks and not {"1", "2"} & tasks, sorted(tasks)
    dates = task_dates(items)
    assert dates["1[2]"] == "2027-03-20" and dates["2[2]"] == "2027-03-25", dates
    assert items["1[2]"].lead == ["Ban Thường vụ Hội Kiến trúc sư"], items["1[2]"].lead
    assert items["2[2]"].lead == ["Ban Thường vụ Hội Luật gia"], items["2[2]"].lead


SLOGAN_LETTER = (
    "ỦY BAN NHÂN DÂN HUYỆN Z\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/PGDĐT\nZ, ngày 09 tháng 9 năm 2027\n"
    "V/v tuyên truyền an toàn giao thông trong trường học\n"
    "Kính gửi: Hiệu trưởng các trường trung học cơ sở.\n"
    "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện các nội dung sau:\n"
    "1. Lồng ghép nội dung an toàn giao thông vào các giờ sinh hoạt lớp trong năm học.\n"
    "2. Chọn và treo các khẩu hiệu tuyên truyền tại cổng trường\n"
    "- Đã đội mũ bảo hiểm - Phải cài quai đúng cách\n"
    "- Đi chậm một phút còn hơn cả đời phải khóc\n"
    "- An toàn là bạn, tai nạn là thù\n"
    "3. Báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/12/2027.\n"
    "Nơi nhận:\n"
)


def test_slogans_under_an_item_are_its_words_not_tasks() -> None:
    """ "2. Chọn và treo các khẩu hiệu …" over short unpunctuated dashes: the slogans to hang, the item is the one
    task (before: the item a heading and each slogan a task)."""
    items = items_by_ref(SLOGAN_LETTER)
    assert task_refs(items) == {"1", "2", "3"}, sorted(task_refs(items))


def test_work_listed_under_a_message_heading_stays_work() -> None:
    """Dashes that are sentences of work (closed by ";" or ".") under such a title stay tasks."""
    text = SLOGAN_LETTER.replace(
        "- Đã đội mũ bảo hiểm - Phải cài quai đúng cách\n- Đi chậm một phút còn hơn cả đời phải khóc\n"
        "- An toàn là bạn, tai nạn là thù\n",
        "- In băng rôn khẩu hiệu tại cổng trường;\n- Treo áp phích tại các phòng học.\n",
    )
    items = items_by_ref(text)
    assert {"2-1", "2-2"} <= task_refs(items), sorted(task_refs(items))


PARTNER_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH X\nSỞ VĂN HÓA VÀ THỂ THAO\nSố: 66/KH-SVHTT\nX, ngày 02 tháng 4 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Ngày hội đọc sách năm 2027\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Thư viện tỉnh\n"
    "- Là cơ quan thường trực, chủ trì tổ chức Ngày hội, tổng hợp kết quả báo cáo Sở.\n"
    "- Chuẩn bị sách, gian trưng bày và chương trình giao lưu.\n"
    "2. Hội Nhà văn tỉnh\n"
    "- Là đơn vị đồng phối hợp tổ chức chương trình.\n"
    "- Mời các nhà văn tham gia giao lưu với bạn đọc.\n"
    "Nơi nhận:\n"
)


def test_a_partners_place_is_no_task() -> None:
    """ "- Là đơn vị đồng phối hợp tổ chức chương trình.": what the body is in the work, its work follows; "- Là
    cơ quan thường trực, chủ trì …" charges the body with work and stays a task."""
    items = items_by_ref(PARTNER_PLAN)
    tasks = task_refs(items)
    assert "I.2-1" not in tasks and {"I.1-1", "I.1-2", "I.2-2"} <= tasks, sorted(tasks)


EVENT_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH X\nSỞ VĂN HÓA VÀ THỂ THAO\nSố: 70/KH-SVHTT\nX, ngày 06 tháng 4 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Liên hoan văn nghệ thanh niên năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Tạo sân chơi lành mạnh cho thanh niên.\n"
    "II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM\n"
    "1. Đơn vị tổ chức\n"
    "- Đơn vị chủ trì: Sở Văn hóa và Thể thao.\n"
    "- Đơn vị phối hợp: Tỉnh đoàn.\n"
    "2. Thời gian - Địa điểm\n"
    "- Từ ngày 10 tháng 5 năm 2027 đến ngày 12 tháng 5 năm 2027.\n"
    "- Chương trình được tổ chức tại Nhà văn hóa thanh niên tỉnh.\n"
    "3. Liên hoan văn nghệ “Tuổi trẻ quê hương”\n"
    "a) Nội dung chương trình\n"
    "- Đón tiếp đại biểu.\n"
    "- Khai mạc: Lãnh đạo Sở phát biểu khai mạc liên hoan.\n"
    "- Biểu diễn các tiết mục dự thi.\n"
    "- Bế mạc, trao giải.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa và Thể thao\n"
    "- Chủ trì tổ chức liên hoan, thành lập Ban giám khảo.\n"
    "2. Tỉnh đoàn\n"
    "- Vận động các cơ sở đoàn đăng ký tiết mục trước ngày 30/4/2027.\n"
    "Nơi nhận:\n"
)


def test_an_events_particulars_hold_no_task() -> None:
    """ "II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM": who organises, when, where and the running order of the
    event it describes; no item of it is a task (before: the organisers' block, the dates, the venue and each step
    of the programme were tasks)."""
    items = items_by_ref(EVENT_PLAN)
    tasks = task_refs(items)
    assert not [ref for ref in tasks if ref.startswith("II.")], sorted(tasks)
    assert {"III.1-1", "III.2-1"} <= tasks, sorted(tasks)


def test_a_body_acting_in_the_particulars_is_work() -> None:
    """An item of such a part that opens with a body doing something stays a task."""
    text = EVENT_PLAN.replace(
        "- Chương trình được tổ chức tại Nhà văn hóa thanh niên tỉnh.\n",
        "- Trung tâm Văn hóa tỉnh chuẩn bị sân khấu, âm thanh trước ngày 08/5/2027.\n",
    )
    items = items_by_ref(text)
    assert "II.2-2" in task_refs(items), sorted(task_refs(items))


CONTEST_PRIZES = (
    "ỦY BAN NHÂN DÂN HUYỆN Y\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 19/KH-VHTT\nY, ngày 05 tháng 5 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Cuộc thi ảnh đẹp quê hương năm 2027\n"
    "I. NỘI DUNG\n"
    "1. Cuộc thi ảnh “Quê hương em”\n"
    "a) Cơ cấu giải thưởng\n"
    "* Giải tập thể\n"
    "• Mỗi trường chỉ được nhận một giải trong suốt cuộc thi.\n"
    "- Quà tặng: 01 bộ sách và giấy chứng nhận.\n"
    "- Tổng số giải thưởng: 05 giải.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Văn hóa và Thông tin chủ trì tổ chức cuộc thi.\n"
    "Nơi nhận:\n"
)


def test_a_prize_described_by_its_lines_is_no_task() -> None:
    """A contest's rule with its prize lines under it ("• Mỗi trường chỉ được nhận một giải …" over "- Quà tặng: …",
    "- Tổng số giải thưởng: …") is a term of the contest, not an item its lines describe as work (before: a task)."""
    items = items_by_ref(CONTEST_PRIZES)
    tasks = task_refs(items)
    assert not [ref for ref in tasks if ref.startswith("I.")], sorted(tasks)
    assert "II.1" in tasks, sorted(tasks)


PROGRAMME_PLAN = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH X\nSố: 12/KH-SGDĐT\nX, ngày 02 tháng 9 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức các chương trình tư vấn mùa thi năm học 2027 - 2028\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Giúp học sinh chọn ngành nghề phù hợp.\n"
    "II. NỘI DUNG CHƯƠNG TRÌNH\n"
    "Chương trình tư vấn mùa thi gồm 02 chương trình như sau:\n"
    "- Chương trình Chọn nghề cùng chuyên gia.\n"
    "- Chương trình Ngày hội tuyển sinh.\n"
    "1. Chương trình Chọn nghề cùng chuyên gia\n"
    "1.1. Hình thức và thời gian\n"
    "1.1.1. Hình thức tổ chức: trực tiếp tại hội trường các trường.\n"
    "1.1.2. Thời gian: từ ngày 05/10/2027 đến ngày 20/12/2027.\n"
    "1.2. Nội dung\n"
    "- Chủ đề 1: Kỹ năng chọn nghề theo năng lực.\n"
    "- Chủ đề 2: Thông tin thị trường lao động.\n"
    "1.3. Tài liệu tư vấn\n"
    "Tài liệu tư vấn do Trung tâm Hướng nghiệp tỉnh phối hợp với các trường đại học biên soạn.\n"
    "2. Chương trình Ngày hội tuyển sinh\n"
    "2.1. Hình thức và thời gian\n"
    "2.1.1. Hình thức tổ chức: tập trung tại Nhà thi đấu tỉnh.\n"
    "2.1.2. Thời gian: Tháng 3/2028.\n"
    "2.2. Nội dung\n"
    "- Tư vấn chung ở sân khấu chính: chuyên gia chia sẻ thông tin tuyển sinh.\n"
    "- Gian hàng tư vấn: các trường giới thiệu ngành đào tạo.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Tiến độ thực hiện\n"
    "Từ ngày 01/9/2027 đến ngày 20/9/2027: xây dựng kế hoạch, trình Giám đốc Sở phê duyệt.\n"
    "Từ ngày 21/9/2027 đến ngày 30/9/2027: hoàn chỉnh lịch tư vấn tại các trường.\n"
    "Tháng 6/2028: Tổ chức hội nghị tổng kết.\n"
    "2. Trung tâm Hướng nghiệp tỉnh chủ trì tổ chức các chương trình.\n"
    "Nơi nhận:\n"
)


def test_an_event_described_by_its_facets_is_one_task() -> None:
    """ "1. Chương trình …" over "1.1. Hình thức và thời gian", "1.2. Nội dung", "1.3. Tài liệu …": one event, dated
    at the end of the period its time facet gives; its topics and form are description (before: the time facet a
    task of its own and each topic a task, the programme a heading)."""
    items = items_by_ref(PROGRAMME_PLAN)
    tasks = task_refs(items)
    assert {"II.1", "II.2"} <= tasks, sorted(tasks)
    assert not [ref for ref in tasks if ref.startswith(("II.1.1", "II.1.2", "II.2.1", "II.2.2"))], sorted(
        tasks
    )
    dates = task_dates(items)
    assert dates["II.1"] == "2027-12-20" and dates["II.2"] == "2028-03-31", dates


def test_a_facet_line_that_names_its_maker_stays_work() -> None:
    """ "Tài liệu tư vấn do Trung tâm … phối hợp với … biên soạn.": a body makes it, a task of its own."""
    items = items_by_ref(PROGRAMME_PLAN)
    assert "II.1.3" in task_refs(items), sorted(task_refs(items))


def test_a_list_that_announces_the_items_after_it_is_no_task() -> None:
    """ "… gồm 02 chương trình như sau:" over dashes naming the numbered items that follow: a summary, not tasks
    (before: each dash a task)."""
    items = items_by_ref(PROGRAMME_PLAN)
    assert not [ref for ref in task_refs(items) if ref.startswith("II-")], sorted(task_refs(items))


def test_a_schedules_lines_are_dated_steps() -> None:
    """ "1. Tiến độ thực hiện" over "<period>: <work>" paragraphs: each line is a step dated at its period's end,
    the first the heading's own body (before: only the first a task, the others paragraphs of the section)."""
    items = items_by_ref(PROGRAMME_PLAN)
    dates = task_dates(items)
    assert dates.get("III.1") == "2027-09-20", dates
    assert dates.get("III.1[2]") == "2027-09-30" and dates.get("III.1[3]") == "2028-06-30", dates


def test_a_schedule_under_a_part_that_also_names_funds_is_work() -> None:
    """ "III. TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN" / "1. Tiến độ thực hiện": the schedule's steps are work, not the funds
    the part's title also names (before: every line a note of the funding)."""
    items = items_by_ref(
        PROGRAMME_PLAN.replace("III. TỔ CHỨC THỰC HIỆN", "III. TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN")
    )
    assert {"III.1", "III.1[2]", "III.1[3]"} <= task_refs(items), sorted(task_refs(items))


SCHOOL_CONTEST = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH X\nTRƯỜNG THPT A\nSố: 88/KH-THPTA\nX, ngày 10 tháng 11 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức Cuộc thi “Ý tưởng sáng tạo” cấp trường năm học 2027-2028\n"
    "I. LĨNH VỰC VÀ QUY ĐỊNH VỀ BÀI DỰ THI\n"
    "1. Lĩnh vực dự thi, gồm 03 lĩnh vực sau:\n"
    "• Nông nghiệp, môi trường.\n"
    "• Giáo dục, văn hóa.\n"
    "• Dịch vụ, du lịch.\n"
    "2. Quy định về bài dự thi:\n"
    "• Hình thức: trình bày tối đa 10 trang A4.\n"
    "• Sản phẩm mẫu: ảnh hoặc video (nếu có).\n"
    "II. QUY TRÌNH TỔ CHỨC VÀ CÁC VÒNG THI\n"
    "1. Quy trình tổ chức:\n"
    "• Tuyên truyền cuộc thi đến học sinh.\n"
    "• Thành lập nhóm, đăng kí đề án.\n"
    "• Thi cấp trường, chọn dự án dự thi cấp tỉnh.\n"
    "2. Các vòng thi:\n"
    "• Vòng sơ khảo: chấm hồ sơ tại trường.\n"
    "• Vòng chung kết: thuyết trình trước Ban giám khảo.\n"
    "III. LỊCH TỔ CHỨC\n"
    "• 15/11: Phát động cuộc thi.\n"
    "• 05/12: Chung kết cấp trường.\n"
    "IV. PHÂN CÔNG NHIỆM VỤ\n"
    "1. Phó Hiệu trưởng: Ông Nguyễn Văn B – Chỉ đạo, giám sát cuộc thi.\n"
    "Nơi nhận:\n"
)


def test_a_contests_fields_entries_and_rounds_are_its_terms() -> None:
    """ "LĨNH VỰC VÀ QUY ĐỊNH VỀ BÀI DỰ THI", "QUY TRÌNH TỔ CHỨC VÀ CÁC VÒNG THI": what may be entered, how an
    entry is made and the rounds the contest runs through are its terms, the work is in the schedule and the
    assignments (before: every bullet a task)."""
    items = items_by_ref(SCHOOL_CONTEST)
    tasks = task_refs(items)
    assert not [ref for ref in tasks if ref.startswith(("I.", "II."))], sorted(tasks)
    assert "IV.1" in tasks, sorted(tasks)


PARTNERS_AND_REGISTER = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH X\nSố: 31/KH-SGDĐT\nX, ngày 03 tháng 10 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức chương trình tư vấn tuyển sinh năm 2028\n"
    "I. MỤC ĐÍCH\n"
    "Giúp học sinh chọn ngành phù hợp.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Các trường trung học phổ thông bố trí lịch tư vấn, mời phụ huynh tham dự.\n"
    "2. Trung tâm Hướng nghiệp tỉnh chuẩn bị tài liệu tư vấn.\n"
    "III. ĐƠN VỊ PHỐI HỢP, TRUYỀN THÔNG\n"
    "1. Đơn vị phối hợp\n"
    "Trung tâm Phát triển Giáo dục phía Nam, Bộ GDĐT; Đại học Quốc gia TP.HCM.\n"
    "2. Truyền thông\n"
    "Báo Giáo dục tỉnh đưa tin về các buổi tư vấn.\n"
    "DANH SÁCH CÁC TRƯỜNG DỰ KIẾN TỔ CHỨC\n"
    "I. TRƯỜNG PHỔ THÔNG\n"
    "1. Trường trung học phổ thông Lê Lợi;\n"
    "2. Trường trung học phổ thông Trần Phú.\n"
    "II. TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP\n"
    "3. Trung tâm Giáo dục nghề nghiệp tỉnh X.\n"
)


def test_a_heading_of_partners_over_their_names_is_no_task() -> None:
    """ "1. Đơn vị phối hợp" over "Trung tâm A, Bộ B; Đại học C TP.HCM.": who takes part, not work (before: a task
    led by the bodies named)."""
    items = items_by_ref(PARTNERS_AND_REGISTER)
    assert "III.1" not in task_refs(items), sorted(task_refs(items))
    assert {"II.1", "II.2", "III.2"} <= task_refs(items), sorted(task_refs(items))


def test_a_register_after_the_plan_numbering_afresh_is_no_task() -> None:
    """ "DANH SÁCH CÁC TRƯỜNG …" in capitals over "I. TRƯỜNG PHỔ THÔNG" after the plan's parts: the register the
    plan attaches (its signature page missing), its groups and names no tasks (before: its "II." group a task)."""
    items = items_by_ref(PARTNERS_AND_REGISTER)
    assert not [ref for ref in task_refs(items) if ref.startswith(("PL", "I.", "I[", "II[", "III["))], sorted(
        task_refs(items)
    )
    assert any(i.marker == "appendix" for i in items.values()), sorted(items)


def test_work_under_content_and_time_sub_headings_stays_work() -> None:
    """Sub-headings that name the content and the time of work but no form or place of an event ("1. Công tác
    kiểm tra" / "1.1. Nội dung" over dashes of work / "1.2. Thời gian thực hiện"): no event described, the dashes
    stay tasks."""
    text = (
        "ỦY BAN NHÂN DÂN XÃ Y\nSố: 9/KH-UBND\nY, ngày 02 tháng 3 năm 2027\nKẾ HOẠCH\nKiểm tra an toàn thực phẩm năm 2027\n"
        "I. NỘI DUNG\n"
        "1. Công tác kiểm tra\n"
        "1.1. Nội dung\n"
        "- Công chức Văn hóa - Xã hội kiểm tra các bếp ăn tập thể;\n"
        "- Trạm Y tế xã lấy mẫu thực phẩm tại các chợ.\n"
        "1.2. Thời gian thực hiện\n"
        "- Thời gian: từ tháng 4 đến tháng 6 năm 2027.\n"
        "Nơi nhận:\n"
    )
    items = items_by_ref(text)
    assert {"I.1.1-1", "I.1.1-2"} <= task_refs(items), sorted(task_refs(items))


def test_a_schools_counted_teachers_and_its_youth_union_own_their_lines() -> None:
    """ "22 GVCN: Chịu trách nhiệm …" (the count part of the office's name) and "Đoàn trường: Quản lý …" (a
    school's Youth Union, a body as "Tỉnh đoàn" is) own the lines that name them (before: no owner)."""
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH X\nTRƯỜNG THPT B\nSố: 40/KH-THPTB\nX, ngày 12 tháng 11 năm 2027\nKẾ HOẠCH\n"
        "Tổ chức Ngày hội đọc sách cấp trường\n"
        "I. PHÂN CÔNG NHIỆM VỤ\n"
        "1. Hiệu trưởng: Ông Trần Văn C – Chỉ đạo chung, duyệt kinh phí.\n"
        "2. 18 GVCN: Chịu trách nhiệm vận động học sinh lớp mình tham gia.\n"
        "3. Đoàn trường: Trang trí sân trường, quản lý băng rôn, khẩu hiệu.\n"
        "Nơi nhận:\n"
    )
    items = items_by_ref(text)
    assert items["I.2"].lead == ["18 GVCN"], items["I.2"].lead
    assert items["I.3"].lead == ["Đoàn trường"], items["I.3"].lead
