"""Round 87 (sets 51 and 56): what is no task in a scheme approved inside a decision's first article. A step that makes
a document and spells out its breakdown after its colon holds the document's contents, however deep (892/QĐ-TTg's
training plan "theo 2 nhóm … theo 3 cấp độ:"); a lead-in whose subject is the plan's money lists what the money comes
from or pays for (175/NQ-CP's "Nguồn vốn thực hiện Đề án bao gồm …, để thực hiện các công việc:"). Made-up texts of
another scheme, each test failing without its rule."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref


def _scheme(solutions: str) -> str:
    return (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 456/QĐ-TTg\nQUYẾT ĐỊNH\nPhê duyệt Đề án phát triển thư viện số\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án phát triển thư viện số (sau đây gọi tắt là Đề án) với những nội dung sau:\n"
        "I. MỤC TIÊU\nĐến năm 2030 mọi thư viện công cộng cấp tỉnh có kho tài liệu số.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Nhóm giải pháp về thể chế\n"
        "- Rà soát, đề xuất sửa đổi quy định về lưu chiểu tài liệu số.\n"
        f"{solutions}"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch\n"
        "a) Chủ trì, phối hợp với các bộ, ngành, địa phương tổ chức thực hiện Đề án.\n"
        "b) Tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện Đề án.\n"
        "2. Bộ Tài chính bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn C\n"
    )


_TRAINING = (
    "2. Nhóm giải pháp về đào tạo người làm thư viện\n"
    "Xây dựng, triển khai Chương trình đào tạo kỹ năng số cho người làm thư viện theo 2 nhóm kỹ năng và 3 trình độ:\n"
    "a) Đào tạo về số hóa tài liệu\n"
    "- Trình độ cơ bản:\n"
    "+ Đào tạo quy trình quét, nhận dạng ký tự và lưu trữ tài liệu số.\n"
    "+ Đào tạo kiến thức về siêu dữ liệu và chuẩn mô tả tài liệu.\n"
    "- Trình độ nâng cao: đào tạo quản trị kho tài liệu số quy mô lớn.\n"
    "b) Đào tạo về phục vụ bạn đọc trên môi trường số\n"
    "- Hình thức đào tạo tập trung ngắn hạn, kết hợp trực tuyến.\n"
    "- Giảng viên là chuyên gia của các trường đại học và thư viện lớn.\n"
)


def test_a_document_made_over_its_breakdown_holds_its_contents() -> None:
    """ "Xây dựng, triển khai Chương trình … theo 2 nhóm kỹ năng và 3 trình độ:" is the one task; its a)-b), their
    "-" levels and "+" subjects (verbs of training among them) are the programme's contents, not tasks."""
    items = items_by_ref(_scheme(_TRAINING))
    assert items["II.2"].kind == "task"
    assert items["II.2"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    below = [i for r, i in items.items() if r.startswith("II.2.")]
    assert below and all(i.kind != "task" for i in below)
    assert items["II.1-1"].kind == "task"


def test_a_list_of_work_after_a_plan_stays_work() -> None:
    """ "Xây dựng kế hoạch và thực hiện các nhiệm vụ sau:" announces work, and a step with no breakdown cue ("… như
    sau:") is not read as a document's contents: its points stay tasks."""
    for lead_in in (
        "Xây dựng kế hoạch đào tạo kỹ năng số theo 3 trình độ và thực hiện các nhiệm vụ sau:",
        "Xây dựng, triển khai Chương trình đào tạo kỹ năng số như sau:",
    ):
        text = _TRAINING.replace(
            "Xây dựng, triển khai Chương trình đào tạo kỹ năng số cho người làm thư viện theo 2 nhóm kỹ năng và 3 trình "
            "độ:",
            lead_in,
        )
        items = items_by_ref(_scheme(text))
        assert items["II.2.a-1.+1"].kind == "task", lead_in


_FUNDS = (
    "2. Nhóm giải pháp về huy động và phân bổ vốn\n"
    "Nguồn vốn thực hiện Đề án gồm ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác, để thực "
    "hiện các công việc:\n"
    "- Mua sắm máy quét, máy chủ và phần mềm quản trị thư viện số.\n"
    "- Số hóa tài liệu quý hiếm của các thư viện cấp tỉnh.\n"
    "- Bộ Văn hóa, Thể thao và Du lịch hướng dẫn các địa phương lập dự toán số hóa hằng năm.\n"
)


def test_a_lead_in_on_the_plans_money_lists_what_it_pays_for() -> None:
    """The dashes under "Nguồn vốn thực hiện Đề án gồm …, để thực hiện các công việc:" say what the money pays for:
    no tasks; the dash on which a body acts stays its task."""
    items = items_by_ref(_scheme(_FUNDS))
    assert items["II.2-1"].kind == "note"
    assert items["II.2-2"].kind == "note"
    assert items["II.2-3"].kind == "task"
    assert items["II.2-3"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert items["II.1-1"].kind == "task"


def test_giao_joined_to_another_verb_gives_no_one_work() -> None:
    """ "Giao và quản lý biên chế …" (to allocate and manage staffing) joins "giao" to another verb: the heading's bodies
    own it, not a body named "và"."""
    text = (
        "CHÍNH PHỦ\nSố: 88/NQ-CP\nNGHỊ QUYẾT\nBan hành Chương trình hành động về công vụ\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động về công vụ.\n"
        "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "I. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Quản lý công chức\n"
        "a) Các bộ, cơ quan ngang bộ\n"
        "- Rà soát vị trí việc làm của từng cơ quan, đơn vị.\n"
        "- Giao và quản lý biên chế phù hợp với chức năng, nhiệm vụ của từng cơ quan, đơn vị.\n"
        "b) Bộ Nội vụ\n"
        "- Chủ trì hoàn thiện quy định về quản lý biên chế.\n"
    )
    items = items_by_ref(text)
    allocate = next(i for i in items.values() if i.text.startswith("Giao và quản lý"))
    assert allocate.lead == ["Các bộ, cơ quan ngang bộ"]
