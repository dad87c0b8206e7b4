"""Agency phrases in running text: who leads ("Sở X chủ trì", "Giao Sở X", an agency heading) and who coordinates.

Names are found by a head word (Sở, Ban, Bộ, UBND, Công an, các sở, ban, ngành …) and end where the predicate
starts (a verb such as "chủ trì", "phối hợp", "theo dõi"), at clause punctuation, or after a place word
("tỉnh", "Thành phố") followed by a lower-case word. Group phrases ("Các sở, ban, ngành, địa phương") stay whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .apparatus import is_department, rejoin_ministries
from .text import MEETING, agency_key, both_tones, cached_copies, cap

_HEADS = (
    "Bộ Chỉ huy|Ban Chỉ đạo|Ban Quản lý|Cơ quan thường trực|Tổ công tác|Bảo hiểm xã hội|Sở|Ban|Bộ|Ủy ban|Uỷ ban|"
    "UBND|HĐND|Hội đồng|Công an|Văn phòng|Liên hiệp|Liên minh|Liên đoàn|Hiệp hội|Hội|Viện|Tòa án|Toà án|Thuế|"
    "Kiểm toán|Kho bạc|Ngân hàng|Tổng cục|Chi cục|Cục|Đài|Báo|Trường|Trung tâm|Thanh tra|Tỉnh ủy|Tỉnh uỷ|"
    "Thành ủy|Thành uỷ|Tỉnh đoàn|Thành đoàn|Huyện ủy|Đảng ủy|Đảng uỷ|Đảng đoàn|Ban cán sự|Mặt trận|Đoàn|Giám đốc|Thủ trưởng|Chủ tịch|"
    "Chính phủ|Thủ tướng|Hải quan|Quỹ|Phòng|Tổng [Cc]ông ty|Công ty|Bưu điện|Đại học|Học viện|Bệnh viện|Cảnh sát|"
    "Quân ủy|Quân uỷ|Bộ Tư lệnh|Bộ đội|Cấp ủy|Cấp uỷ|Doanh nghiệp|Trưởng [Bb]an|Phó Trưởng [Bb]an|Trưởng đoàn|Tổ trưởng|"
    "Tiểu ban|Vụ|"
    # local government as a whole ("Chính quyền địa phương", "Chính quyền các cấp"), named among bodies
    "Chính quyền|"
    # office-holders a commune or department plan gives work to ("Đồng chí Phó Chủ tịch Thường trực, phụ trách …",
    # "Cán bộ phụ trách lĩnh vực …", "Phó chủ tịch phụ trách …", "Ủy viên Ban Thường vụ …")
    "Đồng chí|Đ/c|Phó [Cc]hủ tịch|Phó [Gg]iám đốc|Cán bộ|Công chức|Ủy viên|Uỷ viên|"
    # the head of bodies named after them, as "Thủ trưởng" is ("Giao người đứng đầu các cơ quan chuyên môn, …")
    r"[Nn]gười đứng đầu(?=\s+(?:các\s+)?(?:cơ quan|đơn vị|sở|ban|ngành|địa phương|tổ chức|Sở|Ban|Ủy ban|Uỷ ban|UBND))|"
    # a body named after the generic "Cơ quan" ("Cơ quan Báo và Phát thanh, Truyền hình X"), a foreign mission,
    # and the staff positions a small office assigns work to ("Chuyên viên phụ trách tổng hợp", "Kế toán")
    r"Cơ quan(?=\s+[A-ZĐÀ-Ỹ])|Thường trực(?=\s+(?:HĐND|Hội đồng|UBND|Ủy ban|Uỷ ban|Đảng ủy|Đảng uỷ|Tỉnh ủy|Thành ủy|Huyện ủy|Ban))|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Chuyên viên|Kế toán|"
    # actors of a project that are no government body: they own the work a plan or a conclusion assigns them
    "Nhà đầu tư|Chủ đầu tư|Nhà thầu"
)
_HEADS = cap(_HEADS)
# the titles of the heads of state and party bodies that are not named after the body's own head word ("Bí thư
# Tỉnh ủy …", "Thống đốc Ngân hàng Nhà nước …", "Chánh án Tòa án …", "Tổng Kiểm toán Nhà nước"): an office-holder
# given work, kept as written as "Bộ trưởng Bộ X" and "Chủ tịch Ủy ban nhân dân …" are
_HEADS += "|Bí thư|Thống đốc|Chánh án|Tổng Kiểm toán|Tổng Thanh tra|Tổng Giám đốc"
# round 17: the head of an office or an inspectorate ("Chánh Văn phòng Ban Chỉ đạo … phối hợp …")
_HEADS += "|Chánh Văn phòng|Chánh văn phòng|Chánh Thanh tra|Chánh thanh tra"
# round 38: the Fatherland Front's committee written as its abbreviation, as "UBND" and "HĐND" are ("Đề nghị Đảng
# ủy, HĐND, UBMTTQ, và các đoàn thể …", "Đề nghị MTTQ và các tổ chức thành viên thành lập …")
_HEADS += "|UBMTTQ|MTTQ"
# round 16: "Tổng giám đốc" is as often written in lower case ("Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập
# đoàn, Tổng công ty …": two office-holders of the same firms)
_HEADS += "|Tổng giám đốc"
# round 16: a national document names a province or city as the body that acts ("Thành phố Hà Nội và các tỉnh A, B
# đẩy nhanh …", "Các tỉnh A, B khẩn trương …"): the place kind before a capitalised name is a head word
# round 17: "capitalised" means an upper-case letter; the range "À-Ỹ" also holds lower-case letters ("ủ", "ồ"), so
# "các tỉnh ủy, thành ủy" (the Party committees) was read as provinces named "ủy"
_CAP = cap(r"[A-ZĐÀ-Ỹ]")
_HEADS += rf"|Thành phố(?=\s+{_CAP})|Tỉnh(?=\s+{_CAP})"
# in lower case inside a list ("Thành phố X, tỉnh Y …", "các tỉnh A, B"), never looked for as a mention in running
# text ("trên địa bàn tỉnh A" names no body)
_PLACE_HEAD = rf"tỉnh(?=\s+{_CAP})"
# round 15: a state economic group is a body as a corporation is ("Tập đoàn Điện lực Việt Nam chủ động …", "đề nghị
# các Tập đoàn: A, B tổ chức triển khai …"); capitalised only, "các tập đoàn đa quốc gia" are no body of the plan
_HEADS += "|Tập đoàn"
# round 46: a school's office-holders given work by its plans ("Hiệu trưởng: chỉ đạo chung …", "Phó Hiệu trưởng phụ
# trách …", "Giáo viên chủ nhiệm các lớp …", "22 GVCN: chịu trách nhiệm …"), as a department's "Chuyên viên" is
_HEADS += "|Phó Hiệu trưởng|Hiệu trưởng|Giáo viên chủ nhiệm|GVCN"
# round 46: a journal is a press body as a newspaper ("Báo") is ("Tạp chí Giáo dục … chủ trì tổ chức chương trình"),
# only before its capitalised name
_HEADS += rf"|Tạp chí(?=\s+{_CAP})"
# round 20: a national park is run by a state unit of its name ("Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ
# động …"), as a forest management board ("Ban Quản lý rừng phòng hộ …") is; only before its capitalised name
_HEADS += rf"|Vườn quốc gia(?=\s+{_CAP})"
# round 124 (set 66, released): a Party organisation below a committee is a body a Party plan gives work to ("Chi bộ
# Văn phòng Sở …", "Tổ đảng ở Thường trực Ủy ban …", "Đảng bộ cơ quan …"), as "Đảng ủy" and "Đảng đoàn" are
_HEADS += "|Chi bộ|Tổ đảng|Tổ Đảng|Đảng bộ"
# round 90: a head word is the same word in either tone placement ("Thường trực Tỉnh uỷ" as "Thường trực Tỉnh ủy")
_HEADS = both_tones(_HEADS)
# a body named by its part in a procedure ("Cơ quan chủ trì giải quyết thủ tục …", "Cơ quan phối hợp có trách
# nhiệm trả lời …", "Đơn vị đầu mối"): the role word belongs to the name, it is not the verb; "Cơ quan chủ trì:",
# "Đơn vị chủ trì thực hiện: Sở X" are labels, not names
_ROLE_HEADS = r"(?:Cơ quan|Đơn vị)\s+(?:chủ\s+trì|phối\s+hợp|đầu\s+mối)(?!(?:\s+[\wÀ-ỹ]+){0,2}\s*(?::|$))"
_ROLE_HEAD_RE = re.compile(rf"{_ROLE_HEADS}(?![\wÀ-ỹ])")
_COLLECTIVE = (
    # ("các cơ sở dữ liệu chuyên ngành" are databases, not facilities)
    "sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|hội|doanh nghiệp|đoàn thể|xã|phường|huyện|thị xã|"
    "trường|cấp ủy|cấp uỷ|chính quyền|lực lượng|Sở|Bộ|Ban|Đảng ủy|Đảng uỷ|ủy ban|UBND|cơ sở(?!\\s+dữ\\s+liệu)|báo chí|"
    "thành phố|quận|hiệp hội|viện|nhà trường|đài|báo(?!\\s+cáo)|cá nhân|hộ gia đình|chuyên viên|Đại sứ quán|nhà đầu tư|chủ đầu tư|nhà thầu|hợp tác xã|đặc khu|trung tâm|Trung tâm|"
    "đồng chí|đ/c|cán bộ|công chức|phòng|"
    # round 17: a Party document names the Party committees in lower case as a group ("Các tỉnh ủy, thành ủy, đảng
    # ủy trực thuộc Trung ương cụ thể hóa …")
    "tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|đảng ủy|đảng uỷ|"
    # round 19: the Party's cells and grassroots organisations ("các chi bộ, đảng bộ cơ sở")
    "chi bộ|đảng bộ|"
    # round 26: a collective written with its capital ("các Cơ quan chủ trì Dự án", "các Đơn vị sự nghiệp")
    "Cơ quan|Đơn vị|"
    # round 18: the pair a national document names every province by ("Các tỉnh, thành phố:", "các tỉnh, thành
    # phố trực thuộc Trung ương") is a group as "các địa phương" is
    r"tỉnh(?=,\s*thành\s+phố(?![\wÀ-ỹ]))"
)
# "các" before any head word names a group of such bodies or office-holders ("các Chuyên viên …", "các Công ty …")
# round 68: "Các đại biểu" of a meeting's papers are the invited as a group, as "các đồng chí" are ("3. Các đại biểu dự
# họp đúng thành phần được mời, đăng ký …"): the people the request is made to
_GROUP_RE = re.compile(
    rf"(?:[Cc]ác|Mỗi)\s+(?![Bb]áo\s+cáo)(?:{_COLLECTIVE}|{_HEADS}|{_PLACE_HEAD}|đại\s+biểu)(?![\wÀ-ỹ])"
)
_COLLECTIVE_RE = re.compile(rf"(?:{_COLLECTIVE})(?![\wÀ-ỹ])")
_STOP_WORDS = (
    "chủ trì|phối hợp|theo dõi|tổ chức|xây dựng|triển khai|thực hiện|đẩy mạnh|tăng cường|tham mưu|hướng dẫn|"
    "căn cứ|có trách nhiệm|chịu trách nhiệm|nghiên cứu|rà soát|kiểm tra|báo cáo|đề xuất|tổng hợp|chỉ đạo|"
    "định hướng|bố trí|cân đối|tiếp tục|chủ động|kịp thời|được giao|là cơ quan|là đơn vị|giao|cung cấp|kiện toàn|"
    "đôn đốc|quán triệt|tuyên truyền|phổ biến|thẩm định|hỗ trợ|ban hành|trình|lập|bảo đảm|đảm bảo|nâng cao|"
    "phát huy|tập trung|quản lý|vận hành|cập nhật|ứng dụng|thúc đẩy|đánh giá|khẩn trương|nghiêm túc|tích cực|"
    "thường xuyên|lồng ghép|gửi|tiếp nhận|vận động|huy động|duy trì|hoàn thành|hoàn thiện|sửa đổi|chuẩn bị|"
    "tiến hành|đề nghị|yêu cầu|sử dụng|làm|cần|phải|sẽ|được|đã|chưa|đang|trong|về|theo|để|nhằm|với|của|tại|đối với|"
    "từ|khi|nếu|đến|phát triển|kết hợp|công bố|thống nhất|nắm|xử lý|giám sát|điều tra|"
    "ngăn chặn|thu hút|tăng cường|giảm|là|gồm|bao gồm|do|trước|sau khi|thông qua|phản ánh|kiểm định|"
    "định kỳ|hằng năm|hàng năm|tự|đẩy nhanh|thực thi|tháo gỡ|làm rõ|khắc phục|phát động|giải quyết|xác định|bổ sung|điều chỉnh|sắp xếp|mở rộng|tham gia|thành lập|"
    "xem xét|tiếp thu|thẩm tra|phê duyệt|khảo sát|làm việc|trả lời|giải trình|phân bổ|giải ngân|lấy ý kiến|"
    "hoàn tất|nghiệm thu|chấp thuận|có văn bản|lựa chọn|lãnh đạo|phân công|quyết liệt|quan tâm"
)
# round 103: "chậm nhất" (at the latest) opens the timing as "trước" does ("Giao Phó Thủ tướng … chậm nhất ngày 15
# tháng 11 năm 2025 trực tiếp kiểm tra …"): the name ends there
_STOP_WORDS += "|chậm nhất"
# round 25: more of the action verbs plans give bodies, so a name ends where its work begins ("Phòng Kế hoạch - Tài
# chính dự trù kinh phí", "các cơ quan, đơn vị liên quan thu thập thông tin"): budgeting and paying, gathering and
# publishing information, giving opinions, training, restoring and repairing, keeping close watch; "trực tiếp" before
# the verb it qualifies ("Phó Thủ tướng … trực tiếp chỉ đạo"); "trên cơ sở" and "tới" as "căn cứ" and "đến" are
_STOP_WORDS += (
    "|dự trù|quyết toán|thanh toán|mua sắm|cấp phát|xuất cấp|thu thập|đăng tải|công khai|niêm yết|"
    "phát hành|biên soạn|soạn thảo|phân tích|cho ý kiến|góp ý|trao đổi|thảo luận|tập huấn|bồi dưỡng|khôi phục|"
    "sửa chữa|nâng cấp|cải tạo|di dời|ứng phó|cứu trợ|bám sát|chấn chỉnh|nhắc nhở|thu hồi|xử phạt|ký kết|bàn giao|"
    r"lưu trữ|tích hợp|kết nối|chia sẻ|liên hệ|tham dự|mời|tăng(?!\s+trưởng)|trực tiếp|trên cơ sở|tới"
    "|liệt kê"  # round 44: "Các cơ quan, địa phương liệt kê các văn bản …"
    # round 44: to appoint or send ("Cử công chức là lãnh đạo sở …", "Sở X cử cán bộ …"), not the "cử" of an election
    # ("bầu cử", "ứng cử", "đề cử") or of voters ("cử tri")
    r"|(?<!bầu\s)(?<!ứng\s)(?<!đề\s)cử(?!\s+tri)"
)
# a newspaper's or a broadcaster's work is to publish ("Báo X đăng Thông báo này …", "Đài Y đưa tin …", "… phát sóng
# …"); "đăng ký", "đăng kiểm" go on with a name ("Văn phòng đăng ký đất đai")
_STOP_WORDS += r"|đăng(?!\s+(?:ký|kí|kiểm))|đưa tin|phát sóng"
# round 45: reviewing what was done and installing are work a body is given ("Bộ sẽ tổng kết, đánh giá …", "Sở X sơ
# kết …", "- Cài đặt hệ thống phần mềm tại máy chủ …")
_STOP_WORDS += "|sơ kết|tổng kết|cài đặt"
# round 55: a board a decision founds is charged as a body is ("Điều 3. Tổ công tác có nhiệm vụ hướng dẫn …"), the
# charge no part of its name, as "có trách nhiệm" is not
_STOP_WORDS += "|có nhiệm vụ"
# to attend, said without "tham" ("Các Bộ, cơ quan, địa phương dự Hội nghị đúng thành phần …", "… dự họp"): the verb
# before the meeting it names, never the "dự" of "dự án", "dự toán", "dự thảo"
_STOP_WORDS += rf"|dự(?=\s+(?i:{MEETING}|họp|buổi|lễ|tập\s+huấn))"
# to notify ("Đề nghị Công ty cổ phần X thông báo cho các chủ thể … chuẩn bị hồ sơ"): the act the body is asked to do,
# no part of its name (round 75 left the owner of such a request running on into the verb)
_STOP_WORDS += "|thông báo"
# the polite "xin" before the act ("Văn phòng Trung ương Đảng xin thông báo …", "… xin ý kiến …") begins it too
_STOP_WORDS += "|xin"
# a modal or a verb of beginning before the act ("… các bộ, ngành và địa phương có thể được linh hoạt triển khai …",
# "Trung tâm dữ liệu quốc gia bắt đầu vận hành …"): the act begins there, as after "sẽ", "cần", "phải"
_STOP_WORDS += "|có thể|bắt đầu"
# a condition on the act ("… các tổ chức chính trị - xã hội tùy theo nhu cầu … thực hiện …") opens the predicate, as
# "theo" does
_STOP_WORDS += "|tùy|tuỳ"
_STOP_RE = re.compile(rf"(?:{_STOP_WORDS})(?![\wÀ-ỹ])")
# round 17: a notice about one province calls it "Tỉnh" ("Về …: Tỉnh căn cứ các quy định …", "Trường hợp còn thiếu,
# Tỉnh tổng hợp nhu cầu …"): the bare capitalised word before what it is to do is the body that acts
_BARE_PLACE = rf"(?:Tỉnh|Thành phố)(?=\s+(?:{_STOP_WORDS})(?![\wÀ-ỹ]))"
# round 63: a letter to units calls the one reading it "Đơn vị" ("Đơn vị hoàn thiện hồ sơ …"): the bare capitalised
# word before what it is to do is the body that acts, as "Tỉnh" is; a label ("Đơn vị thực hiện: Sở X", "Đơn vị chủ
# trì") or a column's name is no sentence and stays a label, and so is a title before its colon ("Đơn vị duy trì
# thoát nước trên địa bàn:" over the firms it names)
_BARE_PLACE += (
    rf"|Đơn vị(?=\s+(?!chủ\s+trì|phối\s+hợp|thực\s+hiện|được\s)(?:{_STOP_WORDS})(?![\wÀ-ỹ])"
    r"(?!(?:\s+[\wÀ-ỹ]+){0,2}\s*$)(?![^.;:]*:))"
)
_HEAD_RE = re.compile(rf"(?:{_HEADS}|{_ROLE_HEADS}|{_PLACE_HEAD}|{_BARE_PLACE})(?![\wÀ-ỹ])")
_PLACE_END = re.compile(
    r"(?:tỉnh|Tỉnh|thành phố|Thành phố|TP|huyện|xã|phường|quận|thị trấn|đặc khu|Trung ương|trung ương|Chính phủ"
    # round 50 (set 43): a merger's status closes the name as its place does ("Tỉnh A (mới) có quy mô …")
    r"|\((?:cũ|mới)\))$"
)
# the place's own name after its kind ("… tỉnh Bình Định", "… thành phố Hồ Chí Minh") closes a body's name as the
# kind alone does: a word in lower case after it is the predicate ("Ủy ban nhân dân tỉnh Bình Định bàn giao …")
_PLACE_END_LONGEST = len("Trung ương")


def _place_end(name: str) -> re.Match[str] | None:
    """`_PLACE_END.search(name)`, looked for in the last letters only (its words are at most `_PLACE_END_LONGEST`
    long and it ends at the end, or before a last line break): asked at each word of a long name, searching the
    whole name was quadratic."""
    return _PLACE_END.search(name, len(name) - _PLACE_END_LONGEST - 1)


_NAMED_PLACE_END = re.compile(
    cap(
        r"(?<![\wÀ-ỹ])(?:tỉnh|Tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|đặc khu)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)+$"
    )
)
_CONTINUE_AFTER_PLACE = re.compile(
    r"(?:,|và|ủy|uỷ|đoàn(?!\s+kết)|cấp|có liên quan|liên quan|thuộc|trực thuộc"
    # round 22: the province the communes belong to ("Ủy ban nhân dân các xã, phường của tỉnh; Hiệp hội …")
    r"|của\s+(?:tỉnh|thành\s+phố|huyện))(?![\wÀ-ỹ])"
)
_MODIFIERS = re.compile(
    r"(?:có liên quan|liên quan|cấp tỉnh|cấp huyện|cấp xã|trực thuộc|thuộc|được giao nhiệm vụ"
    r"|đóng(?: chân)? trên địa bàn(?: tỉnh| thành phố)?)(?![\wÀ-ỹ])"
)
_ROLE = r"[Vv]ới\s+(?:vai\s+trò|tư\s+cách)\s(?:là\s)?[^,;:]{0,80},\s*"
_TOPIC = (
    # round 17: a request about two things parts them with ";" ("Về dự án A; dự án nâng cấp đường B: Tỉnh …")
    r"Về\s(?:[^:.;]|\.(?!\s)|;(?=\s+(?-i:[a-zà-ỹđ]))){0,400}:\s*"
    r"(?=(?-i:[A-ZĐÀ-Ỹ])|giao\s|đề\s+nghị\s|với\s+(?:vai\s+trò|tư\s+cách)\s)" + f"(?:{_ROLE})?"
)
_TOPIC = cap(_TOPIC)
# (the basis may list bodies: "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính …": it ends at the
# first comma a capitalised name follows)
# ... and holds no work of its own: "Trên cơ sở đề xuất …, chủ trì tổng hợp … và phối hợp với các sở, Ủy ban nhân dân
# xã …" is the heading body's duty, whose coordinators come after the comma
_BASIS = cap(
    r"Trên\s+cơ\s+sở\s(?:(?!(?<![\wÀ-ỹ])(?:chủ\s+trì|phối\s+hợp)(?![\wÀ-ỹ]))[^;:.]){0,300}?,\s*(?=(?-i:[A-ZĐÀ-Ỹ]))"
)
# round 19: "Sau khi xem xét Chủ tịch …" (no comma): the deliberation before the deciding body
_DELIBERATION = cap(
    r"(?:Sau khi|Qua)\s+(?:xem xét|nghiên cứu|cân nhắc|thảo luận|trao đổi)\s+(?=(?-i:[A-ZĐÀ-Ỹ]))"
)
# round 22: a purpose before the subject ("Để việc triển khai … được kịp thời và đúng quy định, Sở X đề nghị …")
_PURPOSE_FIRST = cap(r"(?:Để|Nhằm)\s[^,:.]{3,200},\s*(?=(?-i:[A-ZĐÀ-Ỹ]))")
# a connective that draws the request from what the text said before ("Vì vậy, đề nghị …", "Do đó, giao …", round 41:
# "Từ những vấn đề trên, đề nghị UBND các xã …", "Từ các nội dung nêu trên, yêu cầu …")
_DRAWN_FROM = (
    r"(?:Vì\s+vậy|Vì\s+thế|Do\s+đó|Do\s+vậy|Theo\s+đó|Từ\s+(?:những|các)\s+[^,.;:\d]{1,40}?\s(?:nêu\s+)?trên)"
)
_DRAWN = _DRAWN_FROM + r",\s+(?=(?:giao|đề\s+nghị|yêu\s+cầu)\s)"
_DRAWN_REQUEST = re.compile(_DRAWN)
_LEAD_IN = re.compile(
    cap(
        # "Đối với các tuyến đường …: Giao Sở X chủ trì …", "Về vật liệu: Giao …": the opening clause says what
        # about, not who
        r"^(?:(?:Căn cứ|Trên cơ sở nội dung)\s[^,;:]{0,80},\s*|Đối với\s[^,;:]{0,80}[,:]\s*"
        # round 53 (set 41): a matter named as a noun before its colon ("Việc điều chỉnh chủ trương đầu tư theo quy mô
        # hoàn chỉnh: Đề nghị Nhà đầu tư …"), as "Đối với …:" and "Về …:" are
        r"|Việc\s[^,;:.]{0,80}:\s*(?=(?-i:[A-ZĐÀ-Ỹ]))"
        # round 41: a paragraph that opens by drawing on what came before ("Từ những vấn đề trên, đề nghị …")
        rf"|{_DRAWN}"
        r"|Về\s[^,;:]{0,80}:\s*(?:" + _ROLE + r")?|Ngoài ra,\s*"
        # round 21: "Riêng Ủy ban nhân dân phường A cử …": the body singled out from those above is the subject
        r"|Riêng\s+(?=[A-ZĐÀ-Ỹ]|các\s)"
        # a restated request, however long, ends at its colon: "Về đề nghị Bộ X …, …; …: Bộ X nghiên cứu …"
        r"|Về\s+(?:các\s+)?(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s[^:]{0,600}:\s*"
        # round 15: a notice's item restates the request by its subject, however long, before the body that answers
        # it: "Về điều chuyển số vốn dư, không có khả năng giải ngân … (khoảng 1.500 tỷ đồng) …: Ủy ban nhân dân tỉnh
        # A rà soát …" (one sentence up to its colon, then a capitalised name or "giao")
        rf"|{_TOPIC}"
        # round 18: the basis a request rests on, however long, before the body asked ("Trên cơ sở Báo cáo số … của
        # Chính phủ và Kết luận của Ủy ban … tại Thông báo số …, Bộ X làm việc với …")
        rf"|{_BASIS}"
        # a role before the subject: "với vai trò là chủ đầu tư, Tập đoàn X chủ động …"
        rf"|{_ROLE}"
        # a time adverbial before the subject: "Quý I/2027, các cơ quan …", "Hằng năm, Sở X …"
        # (round 28: the end of the period, "Kết thúc năm 2013, Chính phủ báo cáo …", "Cuối quý II/2026, …")
        r"|(?:(?:Trong|Trước|Từ|Đến|Chậm nhất|Kết thúc|Hết|Cuối)\s+(?:ngày\s+)?)?(?:Quý|Quí|Tháng|Năm|Ngày)\s+[\dIVX][^,;:]{0,18},\s*"
        r"|(?:Định kỳ\s+)?(?:Hằng|Hàng)\s+(?:năm|quý|tháng),\s*"
        # round 124 (set 66): the cycle left unsaid or said after it ("Định kỳ, Thường trực Ủy ban … chủ trì …",
        # "Định kỳ 6 tháng, Sở X …"), as "Hằng năm, Sở X …" is
        r"|Định\s+kỳ(?:\s+[^,;:.]{1,20})?,\s*"
        # round 50 (set 43): a time limit counted from an event ("Trong thời hạn 60 ngày làm việc, Ban Chủ nhiệm …
        # có trách nhiệm tổ chức Đại hội …", "Trong vòng 30 ngày kể từ ngày …, Sở X …")
        r"|Trong\s+(?:thời\s+hạn|vòng)\s+\d+\s+(?:ngày|tháng)(?:\s+làm\s+việc)?(?:\s+(?:kể\s+)?từ\s[^,;:]{0,100})?,\s*"
        # a condition before the subject: "Trường hợp không cân đối được kinh phí, các đơn vị có văn bản …"
        # round 19: a deliberation written without its comma, the deciding body straight after it ("Sau khi xem xét
        # Chủ tịch Ủy ban nhân dân tỉnh giao Sở X chủ trì …"): the opener says when, the body after it assigns
        rf"|{_DELIBERATION}"
        # round 26: the work's course written without its comma, its body straight after it ("Trong quá trình thực
        # hiện Thủ trưởng các địa phương chủ động phối hợp …"): the opener says when, the body after it acts
        r"|(?:Trong\s+)?quá\s+trình\s+(?:(?:tổ\s+chức|triển\s+khai)\s+){0,2}(?:thực\s+hiện|triển\s+khai)\s+"
        r"(?=(?-i:Thủ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|UBND|Ủy\s+ban|Sở|Ban|Các\s))"
        # round 22: a purpose before the subject ("Để việc triển khai … được kịp thời và đúng quy định, Sở X đề nghị
        # …"): the opener says why, the body after it asks or acts
        rf"|{_PURPOSE_FIRST}"
        # round 22: a reply's closing summary before its request ("Trên đây là ý kiến của Cục X, đề nghị Sở Y …")
        r"|Trên\s+đây\s+là\s[^,;:]{0,120},\s*(?=(?-i:đề\s+nghị|yêu\s+cầu)\s)"
        # round 22: a condition closed by "thì" before the request ("Trường hợp … mà có hoạt động thu hồi khoáng sản
        # (cát, sỏi) … thì đề nghị Sở X hướng dẫn …"): the request after "thì" names the body asked
        r"|(?:Trường hợp|Nếu)\s[^;:.]{0,300}?\s+thì\s+(?=(?-i:đề\s+nghị|giao)\s)"
        # (round 28: the condition runs to its first comma however long: "Sau khi Ủy ban nhân dân Thành phố phê duyệt
        # Đề án … và quyết định phân bổ vốn từ ngân sách Trung ương, Sở Tài chính lập thủ tục …")
        # round 56: the work's course as a clause of its own ("Trong quá trình các nhóm đối tượng nhận phiếu … và thực
        # hiện trả lời phiếu, các bộ, tỉnh có trách nhiệm theo dõi …"): the opener says when, as "Khi …," does
        r"|(?:Trường hợp|Khi|Sau khi|Trong quá trình)\s[^,;:]{0,200},\s*(?=[Cc]ác\s|[A-ZĐÀ-Ỹ]))"
    ),
    re.I,
)
_RESTATED = re.compile(
    r"(?:Về\s+(?:các\s+)?(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s[^:]{0,600}:\s*|" + _TOPIC + ")", re.I
)


def restated_request_end(text: str) -> int:
    """Where the answer begins in an item that first restates the request it answers ("Về điều chuyển số vốn dư,
    không có khả năng giải ngân trong năm 2025 …: Ủy ban nhân dân tỉnh A rà soát …"); 0 when it does not."""
    m = _RESTATED.match(text)
    return m.end() if m else 0


# round 34: a request written on after an opening clause is lower case ("Đối với …, yêu cầu các Bộ: …")
# round 45: "Phân công" before whom it names ("Phân công Phó Thủ tướng Thường trực Chính phủ … chỉ đạo …", "Phân công
# các đồng chí …") hands the work over as "Giao" does; "Phân công nhiệm vụ …", "Phân công:" are no request
# round 84 (set 61): "Khuyến khích Đoàn Thanh niên … chỉ đạo …": the plan encourages a named body to act, and the body
# it names (capitalised: a particular one) does the work, as the body a request names does
_ASSIGN = re.compile(
    cap(
        r"^(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu|[Pp]hân\s+công(?:\s+cho)?(?=\s+(?:[A-ZĐÀ-Ỹ]|các\s))"
        r"|[Kk]huyến\s+khích(?=\s+[A-ZĐÀ-Ỹ]))\s*:?\s*"
    )
)
_COORD = re.compile(r"phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?\s+", re.I)
_BARE_VERB_AFTER = re.compile(
    r"\s+(?:phối\s+hợp(?:\s+(?:thực\s+hiện|triển\s+khai))?|thực\s+hiện|triển\s+khai|tham\s+gia)\s*$", re.I
)
_SPLIT_COLLECTIVE = re.compile(r"(?:sở|ngành|cơ quan|đơn vị|địa phương)(?![\wÀ-ỹ])")
_ABBREV = re.compile(
    # round 50 (set 43): the short name may keep its head word ("các Sở Thông tin và Truyền thông (Sở TT&TT)")
    r"\(\s*(?:(?:Sở|Bộ|Ban|Cục|Vụ|Viện|Trung\s+tâm|Hội)\s+)?[A-ZĐ][A-ZĐ0-9&\-.]{1,11}\s*\)"
)
# round 50 (set 43): a bracket that says what the text will call the bodies before it ("các Bộ, cơ quan ngang Bộ
# (sau đây gọi là Bộ, ngành) và các Sở …", "(gọi tắt là các cơ quan, đơn vị)"): no part of their name, and the list
# goes on after it
# round 50 (set 43): a body's status in a merger, in brackets after its name ("Đoàn Luật sư tỉnh Lâm Đồng (cũ)",
# "… (mới)"): part of the name, which goes on after it
_FORMER = re.compile(r"\(\s*(?:cũ|mới)\s*\)")
_DEFINING = re.compile(r"\s*\((?:sau\s+đây\s+)?gọi(?:\s+tắt)?\s+là\s[^()]{1,80}\)")
_CLAUSE_PUNCT = set(';:.()“”"')


@dataclass
class Owners:
    """Lead and coordinating agencies found in one item."""

    lead: list[str]
    coordinators: list[str]


def _copy_owners(owners: Owners | None) -> Owners | None:
    """A caller's own copy of a kept answer (`cached_copies`)."""
    return None if owners is None else Owners(list(owners.lead), list(owners.coordinators))


def _is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


# the first letters of `_GROUP_RE` ("Các", "các", "Mỗi"): a name's scan asks at every word whether a group starts
# there, and the pattern is tried only where one can
_GROUP_INITIALS = ("C", "c", "M")


def _starts_agency(s: str, loose: bool = False, pos: int = 0) -> bool:
    """Does s begin (at pos) with an agency head ("Sở", "UBND", "Các sở") — or, when loose, a collective noun?"""
    if _HEAD_RE.match(s, pos) or s.startswith(_GROUP_INITIALS, pos) and _GROUP_RE.match(s, pos):
        return True
    return loose and bool(_COLLECTIVE_RE.match(s, pos))


_SPACES = re.compile(r"\s*")
# the first letters of `_MODIFIERS` ("có liên quan", "liên quan", "cấp …", "trực thuộc", "thuộc", "được giao …",
# "đóng …"): the scan of a name tries the pattern at each of its words, and most words start otherwise
_MODIFIER_INITIALS = ("c", "l", "t", "đ")


_WORD = re.compile(r"[^\s,;:.()“”\"]+")


def _skip_spaces(text: str, i: int) -> int:
    """Where the next word starts from i: as `text[i:].lstrip()`, without copying the rest of the text."""
    m = _SPACES.match(text, i)
    return m.end() if m else i


# round 28: a list member written as the people of a named body ("…, Đoàn đại biểu Quốc hội, đại biểu Quốc hội, Hội đồng
# nhân dân các cấp …", "các bộ, ngành, địa phương, các thành viên của Ban Chỉ đạo phải …"): one more owner of the list
_MEMBERS_OF = re.compile(cap(r"(?:các\s+)?(?:thành\s+viên|đại\s+biểu)(?:\s+của)?\s+(?=[A-ZĐÀ-Ỹ])"))


# a list cut at the verb of its last member's work ("Ủy ban nhân dân các xã, phường và thông báo …") leaves its
# conjunction behind: no name ends on one
_DANGLING_CONJUNCTION = re.compile(r"(?:,\s*|\s+)(?:và|hoặc)$")


# round 99: a list written with a comma before its last "và" or "hoặc" ("Đảng ủy, HĐND, UBMTTQ, và các đoàn thể …", the
# serial comma of a list copied from English or typed by habit) goes on as without it: the comma and the "và" are one
# joint between the last two members
_SERIAL_AND = re.compile(r"(?:và|hoặc)\s+")


@lru_cache(maxsize=16384)
def scan_agency_phrase(text: str, pos: int = 0, loose: bool = False) -> tuple[str, int] | None:
    """The agency phrase (possibly a list) starting at pos, and where it ends; None if none starts there.

    The patterns are matched at positions of `text` rather than on copies of its rest: a long paragraph is
    scanned at every agency it names, and copying its tail at each word made that quadratic. The answer is
    kept (a pure function of its arguments): one item is asked about by owners, heading, table and agency-list
    readings alike."""
    if not _starts_agency(text, loose, pos):
        return None
    i, n = pos, len(text)
    first = True
    group = _GROUP_RE.match(text, pos) if text.startswith(_GROUP_INITIALS, pos) else None
    group = group or _ROLE_HEAD_RE.match(text, pos)
    if group:  # "Các tổ chức, cá nhân …": the collective noun is the name, not the verb "tổ chức"
        i, first = group.end(), False
    distributive = False
    # `_party_name_at` asks whether the name so far is a Party body's head ("Ban", "các cơ quan …"): only a name
    # that opens on one of their letters can be
    party_head = text.startswith(("C", "c", "B"), pos)
    while i < n:
        ch = text[i]
        if ch == ";" and (
            _starts_agency(text, pos=_skip_spaces(text, i + 1))
            or distributive
            and _is_capitalized(text[_skip_spaces(text, i + 1) :])
            or group is not None
            and _BARE_GROUP.match(text, _skip_spaces(text, i + 1)) is not None
        ):
            i += 1  # "Giao Ban A; Ủy ban B; Đảng ủy C …": a list written with semicolons
            continue
        if ch == ":" and _DISTRIBUTIVE_END.search(text[pos:i]) and _is_capitalized(text[i + 1 :].lstrip()):
            i, distributive = i + 1, True  # "các Đảng ủy: Chính phủ; Quốc hội …": one head for every name
            continue
        abbrev = (
            (_ABBREV.match(text, i) or _DEFINING.match(text, i) or _FORMER.match(text, i))
            if ch == "(" and not first
            else None
        )
        if abbrev:  # "Đài Truyền hình Việt Nam (VTV) chủ trì …": the name's own abbreviation
            i = abbrev.end()
            continue
        if ch in _CLAUSE_PUNCT or ch == "\n":
            break
        if ch.isspace():
            i += 1
            continue
        if ch == ",":
            nxt = _skip_spaces(text, i + 1)
            serial = _SERIAL_AND.match(text, nxt)
            if serial and _starts_agency(text, True, serial.end()):
                # round 99: "Đảng ủy, HĐND, UBMTTQ, và các đoàn thể …": a comma before the last "và" (`_SERIAL_AND`)
                i = serial.end()
                continue
            if not (
                _starts_agency(text, True, nxt)
                or text[nxt : nxt + 1].isupper()
                or text.startswith(_MODIFIER_INITIALS, nxt)
                and _MODIFIERS.match(text, nxt)
                or _paired(text, i)
                or _MEMBERS_OF.match(text, nxt)  # round 28: "…, đại biểu Quốc hội, …"
                or _REMIT.match(text, nxt)  # "Đồng chí Phó Chủ tịch, phụ trách lĩnh vực …"
                or (
                    _REMIT.search(text, pos, i) and not _REMIT_END.match(text, nxt)
                )  # "… phụ trách lĩnh vực A, B và C"
            ):
                break
            i += 1
            continue
        modifier = _MODIFIERS.match(text, i) if text.startswith(_MODIFIER_INITIALS, i) else None
        if modifier:
            i = modifier.end()
            continue
        party = (
            _PARTY_NAME.match(text, i) if not first and party_head and _party_name_at(text, pos, i) else None
        )
        if party:  # round 19: "Ban xây dựng đảng Đảng ủy", "cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy"
            i = party.end()
            continue
        if not first and _after_department(text, pos, i):
            break
        if (
            not first
            and _STOP_RE.match(text, i)
            and not _noun_use(text, i)
            and not _leaders_of(text, i)
            and not _in_compound(text, i)
            and not _in_remit(text, pos, i)
            and not _OF_LEVEL.match(text, i)
            and not (_OF_BODIES.match(text, i) and not text[pos:i].endswith(" và "))
            and not _specialised_in(text, pos, i)
            and not _name_giao(text, i)
            and not _member_named_by_work(text, pos, i)
        ):
            break
        m = _WORD.match(text, i)
        word = m.group(0) if m else ch
        # "Phường 2", "xã Bảo Lâm 2": a capital or a number goes on with the name
        if not first and not _is_capitalized(word) and not word[:1].isdigit():
            prev = text[pos:i].rstrip()  # the name so far, copied only for a word that may end it
            # "chính trị - xã hội": society, not a commune
            if (
                (_place_end(prev) or (prev[-1:].isalpha() and _NAMED_PLACE_END.search(prev)))
                and not _CONTINUE_AFTER_PLACE.match(text, i)
                and not (prev.endswith("xã") and word == "hội")
            ):
                break
        first = False
        i += len(word)
    phrase = text[pos:i].strip().rstrip(",").strip()
    phrase = _DANGLING_CONJUNCTION.sub("", phrase)
    return (phrase, pos + len(phrase)) if phrase else None


# round 25: a ministry's or a provincial department's name is a closed list ("Sở Xây dựng", "Bộ Nội vụ", "Sở Văn hóa,
# Thể thao và Du lịch"): a lower-case word right after the whole name is the body's work, whatever verb it is ("Sở Xây
# dựng đăng tải …", "Bộ Nội vụ có báo cáo …"), unless it goes on with the name: a list ("và", "các"), whose it is
# ("của", "thuộc"), a place or level ("tỉnh", "cấp tỉnh", "các tỉnh"), a qualifier ("có liên quan", "nêu trên") or an
# office-holder's remit ("Thứ trưởng Bộ Y tế phụ trách lĩnh vực …")
_DEPARTMENT_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?:Bộ|Sở)\s+")
_DEPARTMENT_GOES_ON = re.compile(
    r"(?:và|hoặc|cùng|các|những|của|thuộc|trực\s+thuộc|có\s+liên\s+quan|liên\s+quan|cấp|nêu\s+trên|trên\s+địa\s+bàn"
    r"|đóng|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu|khu\s+vực|địa\s+phương|phụ\s+trách)(?![\wÀ-ỹ])"
)


def _last_department_head(text: str, pos: int, i: int) -> re.Match[str] | None:
    """The last "Bộ"/"Sở" head of text[pos:i], the last match `_DEPARTMENT_HEAD.finditer(text, pos, i)` gives
    (its matches cannot overlap, so they are the places it matches at), found from the end by `str.rfind`: asked
    at every word of a long name, walking the name from its start each time made the scan quadratic (round 25b)."""
    end = i
    while True:
        k = max(text.rfind("Bộ", pos, end), text.rfind("Sở", pos, end))
        if k < 0:
            return None
        head = _DEPARTMENT_HEAD.match(text, k, i)
        if head:
            return head
        end = k + 1


def _after_department(text: str, pos: int, i: int) -> bool:
    """Is the word at i, in lower case, the first after a ministry's or department's whole name?"""
    if not text[i : i + 1].islower() or _DEPARTMENT_GOES_ON.match(text, i):
        return False
    head = _last_department_head(text, pos, i)
    name = text[head.end() : i].rstrip() if head else ""
    # right after the name: "Sở Công Thương, chính quyền địa phương" goes on with a list after its comma
    return bool(name) and name[-1].isalnum() and is_department(name)


def _ends_at_department(phrase: str, after: str) -> bool:
    """Did a name end because a ministry's or department's whole name was followed by its work?"""
    return _after_department(f"{phrase} {after.lstrip()}", 0, len(phrase) + 1)


# round 19: a Party committee's departments and advisory bodies are named in lower case before the committee
# ("Ban xây dựng đảng Đảng ủy", "Ban tổ chức Tỉnh ủy", "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy"): the
# verb-like words ("xây dựng", "tổ chức", "tham mưu") belong to the name when the committee closes it
_PARTY_BODY = cap(
    r"(?:Đảng\s+(?:ủy|uỷ)|Tỉnh\s+(?:ủy|uỷ)|Thành\s+(?:ủy|uỷ)|Huyện\s+(?:ủy|uỷ)|Quận\s+(?:ủy|uỷ)|Trung\s+ương)(?![\wÀ-ỹ])"
)
_PARTY_NAME = re.compile(
    rf"(?:tham\s+mưu\s*,\s*giúp\s+việc(?:\s+(?:cho|của))?\s+(?={_PARTY_BODY})"
    rf"|(?:[a-zà-ỹđ]+\s+){{1,4}}?(?={_PARTY_BODY}))"
)
_PARTY_NAME_HEAD = re.compile(r"^(?:[Cc]ác\s+)?(?:Ban|cơ\s+quan(?:\s+chuyên\s+trách)?)\s*$")
# the same, matched in place from pos to i (as `_PARTY_NAME_HEAD` on text[pos:i]) instead of on a copy of the name
# read so far, made at each of its words (round 25b)
_PARTY_NAME_HEAD_AT = re.compile(_PARTY_NAME_HEAD.pattern.removeprefix("^"))


def _party_name_at(text: str, pos: int, i: int) -> bool:
    return bool(_PARTY_NAME_HEAD_AT.match(text, pos, i)) and bool(_STOP_RE.match(text, i))


# round 19: after ";" a subject list goes on with bodies written without "các" ("Các Sở, ban, ngành; cơ quan, đơn vị
# tiến hành …"): a collective noun that a comma or "và" joins to another is a body, not the verb "tổ chức"
_BARE_GROUP = re.compile(
    rf"(?:{_COLLECTIVE})(?![\wÀ-ỹ])\s*(?:,|và)\s*(?:các\s+)?(?:{_COLLECTIVE})(?![\wÀ-ỹ])"
)


# round 17: "giao" with no object after a capitalised word ends a name ("Bộ Ngoại giao, Tập đoàn X"), it is no verb
# round 31: nor before the charge it is given ("Bộ Ngoại giao chủ trì, phối hợp …:"): "giao" as a verb needs an object
_NAME_GIAO = re.compile(r"giao(?=\s*(?:[,;.)]|và\s|$)|\s+(?:chủ\s+trì|phối\s+hợp)(?![\wÀ-ỹ]))")
_CAPITAL_BEFORE = re.compile(cap(r"(?:^|\s)[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+$"))


def _name_giao(text: str, i: int) -> bool:
    return bool(_NAME_GIAO.match(text, i)) and bool(_CAPITAL_BEFORE.search(text, max(0, i - 12), i))


# round 26: a list of addressees whose members are named by the work they do ("Thủ trưởng các cơ quan, đơn vị, các Chủ
# đầu tư, các đơn vị đầu mối giao kế hoạch, các Cơ quan chủ trì Dự án, Tiểu dự án, Nội dung thành phần, các cơ quan
# …"): a verb inside a "các …" member, while the list goes on after it with another "các …" member, is part of the
# member's name, not the predicate of the list
# (the next member a group of bodies: "…, các cơ quan báo chí tuyên truyền …, các chỉ đạo sát sao …" lists what is
# spread, not who spreads it)
_LIST_GOES_ON = re.compile(cap(r"[^,;:.()\n]{0,60},(?:\s*[A-ZĐÀ-Ỹ][^,;:.()\n]{0,40},)*\s*(?=các\s)"))


def _member_named_by_work(text: str, pos: int, i: int) -> bool:
    before = text[pos:i]
    if "," not in before:
        return False  # a list of one: "Các đơn vị chủ trì xây dựng đề án, các đơn vị phối hợp …" has its verb
    member = before.rsplit(",", 1)[1].strip()
    goes_on = _LIST_GOES_ON.match(text, i)
    return (
        member.startswith("các ") and goes_on is not None and _GROUP_RE.match(text, goes_on.end()) is not None
    )


# An office-holder's remit ("Phó Chủ tịch, phụ trách lĩnh vực Giám sát và Phản biện xã hội", "Cán bộ phụ trách
# lĩnh vực giám sát"): the fields after "phụ trách" belong to the name; only a predicate ends it
_REMIT = re.compile(r"phụ\s+trách(?![\wÀ-ỹ])")
_REMIT_END = re.compile(
    r"(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|tham\s+mưu|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|lãnh\s+đạo"
    r"|chỉ\s+đạo|được|là|cần|phải|sẽ|triển\s+khai|tổ\s+chức\s+thực\s+hiện"
    # round 25: how the work is done, never a field of the remit ("… phụ trách lĩnh vực tiếp tục bám sát …")
    r"|tiếp\s+tục|chủ\s+động|khẩn\s+trương|tập\s+trung|kịp\s+thời|thường\s+xuyên|trực\s+tiếp|bám\s+sát)(?![\wÀ-ỹ])"
)


def _in_remit(text: str, pos: int, i: int) -> bool:
    """In an office-holder's remit ("phụ trách lĩnh vực giám sát …") a field is no verb; a predicate still is."""
    return bool(_REMIT.search(text, pos, i)) and not _REMIT_END.match(text, i)


# nouns whose second part reads like a verb: "(dự án) đầu tư xây dựng" (construction investment), "công trình",
# "(nhà thầu) thi công" (not "công bố")
_COMPOUNDS = (
    ("đầu tư", "xây dựng"),
    ("đầu tư", "phát triển"),
    ("nghiên cứu", "phát triển"),  # research and development: "Viện Nghiên cứu phát triển"
    ("công", "trình"),
    # round 38: "chương trình", "quá trình", "lộ trình", "tiến trình" are nouns ("Các Bộ chủ chương trình và các bộ,
    # cơ quan … thực hiện …": the ministries that own a programme), "trình" (submit) is no verb after them
    ("chương", "trình"),
    ("quá", "trình"),
    ("lộ", "trình"),
    ("tiến", "trình"),
    ("thi", "công"),
    ("công", "lập"),
)


_PAIR_BEFORE = re.compile(r"(?:^|\s)([a-zà-ỹđ]+)\s+([a-zà-ỹđ]+)$")
_PAIR_AFTER = re.compile(r"\s*([a-zà-ỹđ]+)\s+([a-zà-ỹđ]+)(?![\wÀ-ỹ])")


def _paired(text: str, comma: int) -> bool:
    """A comma inside a name between two compounds that share a syllable ("phòng cháy, chữa cháy", "cứu nạn,
    cứu hộ"): the pair is one field of the name's remit, not two bodies."""
    before, after = _PAIR_BEFORE.search(text[:comma]), _PAIR_AFTER.match(text, comma + 1)
    if not before or not after or {before.group(1), after.group(1)} & {"các", "những", "mọi", "và"}:
        return False
    return before.group(1) == after.group(1) or before.group(2) == after.group(2)


# "các cơ quan, đơn vị của Trung ương", "các sở, ngành của tỉnh": "của" and the level of government name whose
# bodies they are, part of the name (not "của" before what the body does or owns)
_OF_LEVEL = re.compile(
    cap(
        r"của\s+(?:Trung\s+ương|trung\s+ương|[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Xx]ã|[Pp]hường"
        # round 14: or the body whose members or units they are ("các tổ chức thành viên của Mặt trận", "các đơn vị
        # trực thuộc của Bộ Y tế"): the parent body's name, capitalised, goes on as part of the name
        r"|(?:Mặt\s+trận|Bộ|Sở|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|Hội\s+đồng|Đảng\s+(?:ủy|uỷ|bộ))(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*"
        # round 18: the National Assembly's committees ("Ủy ban Kinh tế và Tài chính của Quốc hội, Hội đồng dân tộc của
        # Quốc hội và các Ủy ban của Quốc hội")
        r"|Quốc\s+hội)"
        r"(?=\s*(?:[,;.:)]|và\s|$|\s[a-zà-ỹđ]))"
    )
)


# round 50 (set 43): "của các" and the kinds of body whose units these are ("các đơn vị chuyên trách … của các Bộ, cơ
# quan ngang Bộ", "các Sở … của các tỉnh, thành phố trực thuộc Trung ương"): part of the name, as "của tỉnh" is
_OF_BODIES = re.compile(
    r"của\s+các\s+(?:Bộ|bộ|Sở|sở|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương|tỉnh|thành\s+phố|huyện|xã|phường)"
    r"(?=\s*(?:[,;.:)]|và\s|$|\s[a-zà-ỹđ]))"
)
# round 50 (set 43): the field a specialised unit works in ("các đơn vị chuyên trách về công nghệ thông tin", "lực
# lượng chuyên trách về phòng, chống ma túy"): "về" right after "chuyên trách" belongs to the name
_SPECIALISED = re.compile(r"(?<![\wÀ-ỹ])chuyên\s+trách\s+$")


def _specialised_in(text: str, pos: int, i: int) -> bool:
    return text.startswith("về", i) and _SPECIALISED.search(text, pos, i) is not None


_TRANSPORT = re.compile(r"giao\s+thông(?![\wÀ-ỹ])")


# round 25: "quản lý nhà nước", "quản lý chuyên ngành" after a body's common noun say which bodies ("các sở quản lý
# chuyên ngành", "các cơ quan quản lý nhà nước"): the kind of body, not its work
_MANAGING = re.compile(r"quản\s+lý\s+(?:nhà\s+nước|chuyên\s+ngành)(?![\wÀ-ỹ])")
_BODY_NOUN_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:sở|cơ\s+quan|đơn\s+vị|ngành|bộ|ban|phòng)\s+$")


def _in_compound(text: str, i: int) -> bool:
    """ "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh": the verb-like word ends a noun
    compound of the name, it is not the name's predicate."""
    if _TRANSPORT.match(text, i):  # "giao thông" (transport) is a noun, not "giao"
        return True
    if _MANAGING.match(text, i) and _BODY_NOUN_BEFORE.search(text, max(0, i - 12), i):
        return True
    # "đầu tư và xây dựng" (a company's trade) is the compound with its parts joined by "và"
    return any(
        text.startswith(second, i) and re.search(rf"(?:^|\s){first}(?:\s+và)?$", text[:i].rstrip(), re.I)
        for first, second in _COMPOUNDS
    )


def _noun_use(text: str, i: int) -> bool:
    """ "tổ chức" after a list comma ("các cơ quan, tổ chức có liên quan") or after "và các" is a noun, not the
    predicate."""
    m = _COLLECTIVE_RE.match(text, i)
    if not m:
        return False
    before = text[:i].rstrip()
    if re.search(r"(?:,|\svà)\s+các$", before):
        return True  # "Ủy ban X và các tổ chức thành viên …": "các" makes a group of whatever follows it
    if not before.endswith((",", " và")):
        return False
    after = text[m.end() :].lstrip()
    if _ORGANISATION_KIND.match(text, i):
        return True  # round 56: "…, tổ chức xã hội, tổ chức xã hội - nghề nghiệp, doanh nghiệp …": a kind of organisation
    return bool(re.match(r"(?:có liên quan|liên quan|,|và|cấp)", after)) or not after


# round 56: "tổ chức" before the kind of organisation it is ("tổ chức xã hội", "tổ chức chính trị - xã hội", "tổ chức
# quốc tế", "tổ chức phi chính phủ", "tổ chức thành viên", "tổ chức tín dụng") is the noun, a member of the list, as
# before "có liên quan" (not "tổ chức xã hội hóa …", organising socialisation)
_ORGANISATION_KIND = re.compile(
    r"tổ\s+chức\s+(?:chính\s+trị|xã\s+hội(?!\s+hóa)|kinh\s+tế|quốc\s+tế|phi\s+chính\s+phủ|tôn\s+giáo|đoàn\s+thể"
    r"|thành\s+viên|khoa\s+học|tín\s+dụng|nghề\s+nghiệp)(?![\wÀ-ỹ])"
)


# round 17: "lãnh đạo" before a group of bodies, listed after an owner ("… và lãnh đạo các Bộ, ngành theo chức năng
# …"), names the leaders of those bodies (a noun), not the verb "lead"
_LEADERS = re.compile(rf"lãnh\s+đạo\s+(?=các\s+(?:{_COLLECTIVE}|{_HEADS})(?![\wÀ-ỹ]))")


def _leaders_of(text: str, i: int) -> bool:
    return bool(_LEADERS.match(text, i)) and text[:i].rstrip().endswith((",", " và"))


# round 16: two kinds of place side by side ("Ủy ban nhân dân các tỉnh, thành phố: A, B") head one list
_KINDS = r"(?:tỉnh|thành\s+phố)\s*,\s*(?:tỉnh|thành\s+phố)"
# round 17: a national list of ministries and other bodies ("Các Bộ, cơ quan: Tài chính, Xây dựng, Tập đoàn X"): the
# first kind heads the names that have none, the second says some are written with their own head word
_BODY_KINDS = r"(?:Bộ|Sở)\s*,\s*(?:cơ\s+quan|ngành)"
_BODY_KINDS_RE = re.compile(rf"^{_BODY_KINDS}$")
_KINDS = rf"(?:{_KINDS}|{_BODY_KINDS})"
_DISTRIBUTIVE_END = re.compile(rf"(?:^|\s)[Cc]ác\s+(?:{_KINDS}|[\wÀ-ỹ]+(?:\s+[a-zà-ỹđ]+)?)\s*$")
_DISTRIBUTIVE = re.compile(
    cap(
        rf"(?:^|(?<=\s))[Cc]ác\s+({_KINDS}|[\wÀ-ỹ]+(?:\s+[a-zà-ỹđ]+)?)\s*:\s*(?=[A-ZĐÀ-Ỹ])"
        # "Các tỉnh A, B, C khẩn trương …", "Thành phố X và các tỉnh A, B": the kind of place, then its names
        rf"|(?:^|(?<=\s))[Cc]ác\s+(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)\s+(?={_CAP})"
    )
)
# a ministry is one national body, never one per place: "Bộ X các tỉnh A, B" (a comma left out) are two owners;
# round 17: a ministry is "Bộ" and its capitalised name, "Bộ trưởng các Bộ: A, B" is a minister of each
_NATIONAL = re.compile(rf"^Bộ\s+{_CAP}")


# round 25: a body's part in a steering committee written after a dash ("Sở Tài chính - Cơ quan thường trực Ban Chỉ
# đạo", "Bộ trưởng Bộ X - Phó Trưởng ban Thường trực Ban Chỉ đạo 389") is its role, not more of its name nor another
# body: the owner is the body before the dash (up to the next list mark, the role goes)
_ROLE_APPOSITION = re.compile(
    r"\s+[-–—]\s+(?:[Cc]ơ\s+quan\s+(?:[Tt]hường\s+trực|chủ\s+trì|đầu\s+mối)|[Đđ]ơn\s+vị\s+(?:chủ\s+trì|đầu\s+mối)"
    r"|(?:Phó\s+)?(?:Trưởng\s+[Bb]an|Trưởng\s+đoàn|Chủ\s+tịch)|Thường\s+trực|Ủy\s+viên|Uỷ\s+viên|Thành\s+viên)"
    r"(?![\wÀ-ỹ])[^,;]*"
)


# a list of bodies counted "(1) …", "(2) …" (a table cell of partners, one body a line): the counters part the bodies
_COUNTED = re.compile(r"(?:^|(?<=\s)|(?<=[,;]))\(\d{1,2}\)\s+")


@cached_copies(list)
def split_agencies(phrase: str) -> list[str]:
    """Split a list at ", ", "; " and " và " only where the next part starts a new agency; a distributive list
    ("Các Cục: Di sản văn hóa, Bản quyền tác giả"; "các Đảng ủy: Chính phủ; Quốc hội") names each body in
    full ("Cục Di sản văn hóa", "Đảng ủy Quốc hội"). A list counted from "(1)" is parted at its counters first (a list of one loses its counter)."""
    if phrase.lstrip().startswith("(1)") and _COUNTED.match(phrase.lstrip()):
        counted = (re.sub(r"\s+(?:và|hoặc)$", "", part.strip(" ,;.")) for part in _COUNTED.split(phrase))
        return [name for part in counted if part for name in split_agencies(part)]
    phrase = _DEFINING.sub("", _ROLE_APPOSITION.sub("", phrase))
    m = _DISTRIBUTIVE.search(phrase) if "ác" in phrase else None  # "Các"/"các" opens both its forms
    if m:
        # the words before "các" in the same list part qualify each name: "Ủy ban nhân dân các thành phố:
        # Hà Nội, Cần Thơ" -> "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Cần Thơ"
        cut = max(phrase.rfind(",", 0, m.start()), phrase.rfind(";", 0, m.start()))
        # each distributed name is one body: the plural "các" of the prefix goes ("các Đại sứ quán các nước: A")
        prefix = re.sub(r"^[Cc]ác\s+", "", phrase[cut + 1 : m.start()].strip())
        before = phrase[: max(cut, 0)].strip(" ,;")
        if _NATIONAL.match(prefix):
            before, prefix = phrase[: m.start()].strip(" ,;"), ""
        joined = re.search(r"(?:^|\s)và$", prefix)
        # "Các Bộ, cơ quan liên quan và các Tập đoàn: A, B": a list joined by "và", not a qualifier
        if joined:
            before, prefix = phrase[: m.start()].strip()[: -len("và")].strip(" ,;"), ""
        kind = m.group(1) or m.group(2)
        # "Các Bộ, cơ quan: A, Tập đoàn X": "Bộ A", and "Tập đoàn X" as written
        if _BODY_KINDS_RE.match(kind):
            named = _distribute_bodies(kind.split(",")[0], phrase[m.end() :])
            return (split_agencies(before) if before else []) + named
        if "," in kind:  # "các tỉnh, thành phố: A, B": which is which is not said, the names stand alone
            kind = ""
        head = f"{prefix} {kind}".strip() if prefix else kind[:1].upper() + kind[1:]
        if m.group(2) and not prefix:
            head = kind  # "Các tỉnh A, B" -> "tỉnh A", "tỉnh B"
        named = _distribute(head, phrase[m.end() :], place=bool(_PLACE_KIND.search(f" {m.group(1) or kind}")))
        holders = _joint_holders(prefix, kind) if kind else []
        if holders:
            named = [f"{h}{n[len(head) :]}" for h in holders for n in named if n.startswith(head)] + [
                n for n in named if not n.startswith(head)
            ]
        return (split_agencies(before) if before else []) + named
    places = _PLACE_LIST.match(phrase)
    if places:
        # round 18: "Ủy ban nhân dân thành phố A, thành phố B và tỉnh C": each place written with its kind takes
        # the body written once before them ("Ủy ban nhân dân thành phố B", "Ủy ban nhân dân tỉnh C")
        parts = re.split(r"\s*,\s*|\s+và\s+", phrase[places.end() :].strip())
        if len(parts) >= 2 and all(_PLACE_PART.match(p) for p in parts):
            return [f"{places.group('body')} {p}" for p in parts]
    return _split_plain(phrase)


_PLACE_PART = re.compile(rf"(?:tỉnh|thành\s+phố)\s+{_CAP}")
_PLACE_LIST = re.compile(
    both_tones(
        rf"^(?P<body>(?:Chủ\s+tịch\s+)?(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND))\s+(?={_PLACE_PART.pattern})"
    )
)


def _distribute(head: str, rest: str, place: bool = False) -> list[str]:
    """ "Di sản văn hóa, Bản quyền tác giả" under the head "Cục" -> ["Cục Di sản văn hóa", "Cục Bản quyền …"].
    Names are separated by ";" when any is (a name may hold a comma), else by ","; a sentence break or a
    "và" before a body of its own ends the list."""
    rest = rest.strip().rstrip(".;")
    tail: list[str] = []
    stop = re.search(cap(r"\.\s+(?=[A-ZĐÀ-Ỹ])"), rest)
    if stop:
        rest, tail = rest[: stop.start()], _split_plain(rest[stop.end() :])
    ends = _list_end(rest)
    if ends:
        rest, tail = rest[: ends.start()], split_agencies(rest[ends.end() :]) + tail
    # round 17: "… và lãnh đạo các Bộ, ngành" after the names is a group of its own, its commas not the names'
    group = re.search(r"\s+và\s+lãnh\s+đạo\s+(?=các\s)", rest)
    if group:
        rest, tail = rest[: group.start()], [rest[group.end() - len("lãnh đạo ") :].strip()] + tail
    if ";" not in rest and not _BODY_KINDS_RE.match(head):
        # round 26: "các Sở: Tài chính, Kế hoạch và Đầu tư, Công ty TNHH MTV X và các cơ quan …": a name with a head
        # word and a proper name of its own ends the names the head distributes; it and what follows stand alone
        own = next((m for m in re.finditer(r"\s*,\s*", rest) if _OWN_HEAD.match(rest, m.end())), None)
        if own is not None:
            rest, tail = rest[: own.start()], split_agencies(rest[own.end() :]) + tail
    parts = [p.strip() for p in re.split(r"\s*;\s*" if ";" in rest else r"\s*,\s*", rest) if p.strip()]
    if (head == "Bộ" or head.endswith(" Bộ")) and ";" not in rest:
        parts = rejoin_ministries(parts)  # "Văn hóa, Thể thao và Du lịch" is one ministry
    if parts and ";" not in rest and not _BODY_KINDS_RE.match(head):
        # round 39 (set 37): "các sở: A, B, C và Văn phòng Ủy ban nhân dân tỉnh": after the last "và", a name with a head
        # word and a proper name of its own is a body of its own, as after a comma (round 26)
        own = next(
            (m for m in re.finditer(r"\s+và\s+", parts[-1]) if _OWN_HEAD.match(parts[-1], m.end())), None
        )
        if own is not None:
            parts[-1], tail = parts[-1][: own.start()], split_agencies(parts[-1][own.end() :]) + tail
    if parts:
        last = re.split(r"\s+và\s+(?=(?:các|những)\s)", parts[-1], maxsplit=1)
        if len(last) == 2:
            parts[-1] = last[0]
            tail = _split_plain(last[1]) + tail
    if parts and (place or _PLACE_KIND.search(head)):
        # "các tỉnh: A, B, C và D": a place's name holds no "và", so the last one joins two places
        parts[-1:] = re.split(cap(r"\s+và\s+(?=[A-ZĐÀ-Ỹ])"), parts[-1])
    out = [p if p.startswith(head) else f"{head} {p}".strip() for p in parts]
    return out + tail


_OWN_HEAD = re.compile(cap(rf"(?:{_HEADS})\s+[A-ZĐÀ-Ỹ]"))


def _distribute_bodies(head: str, rest: str) -> list[str]:
    """ "Tài chính, Xây dựng, Văn phòng Chính phủ, Tập đoàn X" under "Các Bộ, cơ quan:": a name written with a head
    word and a proper name of its own is that body; the others take the head ("Bộ Tài chính")."""
    named = _distribute(head, rest)
    return [n[len(head) :].strip() if _OWN_HEAD.match(n, len(head) + 1) else n for n in named]


def _list_end(rest: str) -> re.Match[str] | None:
    """round 17: "Bộ trưởng các Bộ: A, B, C; Chủ tịch Ủy ban nhân dân các tỉnh …": names parted by commas end at a
    ";" that opens a body or office-holder of its own (the ";" parts owners, not the names)."""
    semi = rest.find(";")
    if semi < 0 or "," not in rest[:semi]:
        return None
    for m in re.finditer(r"\s*;\s*", rest):
        if _HEAD_RE.match(rest, m.end()) or _GROUP_RE.match(rest, m.end()):
            return m
    return None


_PLACE_KIND = re.compile(r"(?:^|\s)(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)$", re.I)


def _joint_holders(prefix: str, kind: str) -> list[str]:
    """ "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B": two office-holders of each place listed; each
    is named with the place ("Bí thư tỉnh ủy A", "Chủ tịch Ủy ban nhân dân tỉnh A"); [] when the prefix is one
    name."""
    parts = re.split(r"\s+và\s+", prefix)
    if len(parts) < 2 or not all(_HEAD_RE.match(p) for p in parts):
        return []
    # the kind of place is written once, after the last holder; a holder whose title names it ("tỉnh ủy") has it
    return [
        p if re.search(rf"(?<![\wÀ-ỹ]){re.escape(kind)}(?![\wÀ-ỹ])", p, re.I) else f"{p} {kind}"
        for p in parts
    ]


_PERSON = re.compile(r"(?:[Cc]ác\s+)?(?:[Đđ]ồng\s+chí|[Đđ]/c)(?![\wÀ-ỹ])")
_ONE_PERSON = re.compile(r"(?:[Đđ]ồng\s+chí|[Đđ]/c)(?![\wÀ-ỹ])")


_PLURAL_HEADS_END = re.compile(rf"(?:^|\s)các\s+(?:{_HEADS})$")


def _bare_head(part: str) -> bool:
    """A head word with no proper name after it ("Tổng công ty", "Tổng công ty nhà nước"): a kind of body."""
    m = _HEAD_RE.match(part)
    return m is not None and not any(ch.isupper() for ch in part[m.end() :])


# a body's initials standing for its name: two to eight capitals, "&" or "-" between them ("TTXVN", "KH&CN")
_INITIALS = re.compile(r"[A-ZĐ](?:[A-ZĐ&-]){1,7}")


def _split_plain(phrase: str) -> list[str]:
    parts = re.split(r"(\s*,\s*(?:và|hoặc)\s+|\s*[,;]\s*|\s+và\s+)", phrase.strip())
    out: list[str] = []
    for k in range(0, len(parts), 2):
        part = parts[k].strip()
        if not part:
            continue
        sep = parts[k - 1] if k else ""
        if sep.strip().startswith(",") and sep.strip() != ",":
            sep = " và "  # round 99: ", và" (or ", hoặc") parts two members as "và" does
        new_group = sep.strip() in ("và", ";") and bool(_SPLIT_COLLECTIVE.match(part))
        # "Đồng chí Ủy viên …, Chủ tịch …": one person's offices; "… phụ trách lĩnh vực A, B và các C": a remit
        one_name = bool(out) and sep.strip() != ";" and not _PERSON.match(part)
        one_name = one_name and bool(
            _ONE_PERSON.match(out[0] if len(out) == 1 else "") or _REMIT.search(out[-1])
        )
        # round 16: "Tổng giám đốc các Tập đoàn, Tổng công ty": a bare head word after a plural group of heads
        # names no body of its own, it is the group's second kind (the heads of the groups and corporations)
        bare = (
            bool(out) and sep.strip() == "," and _bare_head(part) and bool(_PLURAL_HEADS_END.search(out[-1]))
        )
        # round 56: "…, tổ chức xã hội, tổ chức tôn giáo" (a kind of organisation, `_ORGANISATION_KIND`) is a member
        kind = sep.strip() in (",", "và") and bool(_ORGANISATION_KIND.match(part))
        # round 109: "VTV, VOV, TTXVN": a short name in capitals after another is a body of its own, as a name is
        initials = sep.strip() in (",", "và") and bool(out) and all(map(_INITIALS.fullmatch, (out[-1], part)))
        if out and (
            one_name
            or bare
            or not (_starts_agency(part) or new_group or kind or initials or _MEMBERS_OF.match(part))
        ):
            out[-1] = out[-1] + sep + part
        else:
            out.append(part)
    return [p.strip(" ,;.") for p in out if p.strip(" ,;.")]


@cached_copies(_copy_owners)
def subject_owners(text: str) -> Owners | None:
    """Owner written as the subject: "Sở X chủ trì, phối hợp với Y …", "Giao Sở X …", "Sở X: Chủ trì …"."""
    s = text.strip()
    then = _CONDITION_THEN.match(s)
    if then:
        # round 42: "Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có
        # trách nhiệm xác minh …": the case comes first, the subject after "thì" owns the work
        after_then = subject_owners(s[then.end() :])
        if after_then and after_then.lead:
            return after_then
    addressee = _ADDRESSEE.match(s)
    if addressee:
        # "Đối với các sở, ngành: Chủ động bố trí …": the opening clause names whom the work is for, and the
        # rest is that work (no subject of its own)
        named = scan_agency_phrase(addressee.group(1), 0)
        rest = s[addressee.end() :]
        if named and len(named[0]) >= len(addressee.group(1).strip()) - 1 and starts_with_action(rest):
            return Owners(split_agencies(named[0]), coordinators_in(rest))
    s = _LEAD_IN.sub("", s, count=1)
    m = _ASSIGN.match(s)
    offset = m.end() if m else 0
    found = (
        scan_agency_phrase(s, offset)
        or _function_body(s, offset)
        or (None if m else _partner_subject(s) or _name_label(s))
    )
    if (
        not found
        and m
        and m.group(0).lower().startswith(("giao", "phân"))
        # round 87 (set 51): "Giao và quản lý biên chế …" joins the verb to another, its object a thing: no one is given
        and not re.match(r"\s*(?:và|hoặc|,)(?![\wÀ-ỹ])", s[offset:])
    ):
        # "Giao <whoever> <verb> …": the assignee need not start with a known head word
        # ("Giao các đồng chí Ủy viên … theo lĩnh vực …", "Giao các đoàn kiểm tra …"); an office written after
        # a dash ("đồng chí A – Phó Chủ tịch …") is the person's title, the person is the assignee
        name = _until_verb(s[offset:])
        person = _APPOSITION.split(name, maxsplit=1)[0]
        found = (person, offset + len(name)) if name and len(person.split()) <= 12 else None
    if not found and _TOPIC_OPENING.match(text.strip()) and not m:
        # round 31: "Đối với các chi phí khám bệnh, chữa bệnh …, Bảo hiểm xã hội Việt Nam khẩn trương …": the topic
        # clause may hold commas of its own; the subject is the body named after one of them
        # round 34: so may a basis ("Trên cơ sở các Nghị định … về phân cấp, phân quyền, các Bộ, cơ quan ngang Bộ
        # thực hiện …", "Căn cứ …, …, các sở …"), and the body may be the one the clause's request names
        # ("…, yêu cầu các Bộ: X; Y; Z xây dựng …"); a body named after a comma is the subject only when a verb
        # follows it ("…, chống ma túy, các văn bản của Chính phủ, Bộ, ngành và tỉnh, phối hợp …" names none;
        # "… gửi về Bộ X, Bộ Y để tổng hợp" names a recipient), and a charge ("chủ trì", "phối hợp") ends the opening
        # clause: the work has begun without a subject of its own (as `_BASIS` reads it)
        rest = text.strip()
        charge = _CHARGE.search(rest, 0, _TOPIC_REACH)
        # round 80 (set 52): a case written out with commas of its own ends at its colon ("Đối với dự án nhóm A sử
        # dụng vốn do cấp tỉnh, cấp xã quản lý, …: Sở X chủ trì …", "…: Giao Sở X …"): the subject after it owns
        case = _CASE_END.search(rest, 0, _CASE_REACH)
        if case and (charge is None or charge.start() > case.start()):
            told = rest[case.end() :]
            asked = _ASSIGN.match(told)
            after_case = (
                subject_owners(told) if scan_agency_phrase(told, asked.end() if asked else 0) else None
            )
            if after_case and after_case.lead:  # a body's name, not "Giao cho xã có phần diện tích lớn hơn …"
                return after_case
        for comma in re.finditer(r",\s+", rest[: charge.start() if charge else _TOPIC_REACH]):
            after_topic = rest[comma.end() :]
            asked = _ASSIGN.match(after_topic)
            named = scan_agency_phrase(after_topic, asked.end() if asked else 0)
            if named and (asked or _verb_follows(after_topic[named[1] :])):
                return subject_owners(after_topic)
        return None
    if not found:
        return None
    phrase, end = found
    if _INSPECTED.match(s, end):
        return None  # "Các cơ quan, đơn vị được kiểm tra chuẩn bị …": the inspected party, no owner of work
    after = s[end:].lstrip()
    if after and not (
        after[0] in ":,;."
        or _STOP_RE.match(after)
        or m
        or _ends_at_place(phrase, after)
        or _ends_at_department(phrase, after)
    ):
        return None
    agreed = _AGREES_THEN_GIVES.match(after) if not m else None
    if agreed:
        # round 28: "Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ X làm chủ Chương trình …": the
        # bodies that agree decide, the body the agreement hands the work to owns it
        assignee = subject_owners("Giao " + after[agreed.end() :])
        if assignee and assignee.lead:
            return assignee
    handed = _HAND_OVER.match(after)
    if handed and not m:
        # "Chủ tịch UBND tỉnh giao Sở X chủ trì …", "UBND Thành phố yêu cầu các Sở …": who assigns is not
        # the owner; the one assigned is
        if _REQUESTS.match(after) and not scan_agency_phrase(after, handed.end()):
            return None  # "Sở X đề nghị bổ sung vốn …": a request the item goes on to answer, no work of X
        assignee = subject_owners("Giao " + after[handed.end() :])
        if (
            assignee
            and assignee.lead
            and not _own_staff(after, assignee)
            and not _divides_own_work(after, handed.end())
        ):
            return assignee
    names = split_agencies(phrase)
    if len(names) > 1:
        names = _proposer_list_ends(text.strip(), names)
    return Owners(names, coordinators_in(s[end:]))


# round 66 (set 28): a basis that is what bodies proposed ("Trên cơ sở đề xuất của các bộ, cơ quan ngang bộ, …, Ủy ban
# nhân dân các tỉnh, thành phố trực thuộc Trung ương, Bộ Tài chính tổng hợp, trình …"): the proposers' list runs on
# to the subject, so of the names read before the verb only the last is the subject, the rest close the list
_PROPOSED_BY = re.compile(
    r"Trên\s+cơ\s+sở\s+(?:(?:ý\s+kiến|đề\s+xuất|đề\s+nghị|báo\s+cáo|kiến\s+nghị|tham\s+mưu)\s+)(?:[^\s,;:.]+\s+){0,3}?của\s",
    re.I,
)


def _proposer_list_ends(text: str, names: list[str]) -> list[str]:
    """The subject after a proposers' list: the last name, when the list after "của" runs on into it (the
    names before it are written right after the proposers, not after a closing word of the basis)."""
    basis = _PROPOSED_BY.match(text)
    if basis is None:
        return names
    rest = text[basis.end() :]
    first = rest.find(names[0])
    if first < 0 or re.search(r"[;:.]|\s(?:và\s+)?căn\s+cứ\s", rest[:first]):
        return names
    return names[-1:]


# round 63: a name no head word opens, ended by a capitalised word (its place: "Viễn thông Lâm Đồng"), then "phối
# hợp (với)" and a body a head word opens: the sentence's subject, the one who leads the work done with that body
_PARTNER_SUBJECT = re.compile(
    cap(
        r"([A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[\wÀ-ỹ]+){0,4}?\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)\s+(?=phối\s+hợp(?:\s+(?:với|cùng))?\s)"
    )
)


def _partner_subject(s: str) -> tuple[str, int] | None:
    """ "Viễn thông Lâm Đồng phối hợp Trung tâm Thông tin … chuẩn bị …": the subject before "phối hợp", when it
    holds no verb and the partner after it is a body."""
    m = _PARTNER_SUBJECT.match(s)
    if m is None or _STOP_RE.search(m.group(1)) or ":" in m.group(1):
        return None
    partner = _COORD.match(s, m.end())
    if partner is None or not scan_agency_phrase(s, partner.end()):
        return None
    return m.group(1), m.end(1)


# round 81: a name written as a label, its value opening on a charge ("Viễn thông X: chủ trì, phối hợp với …",
# "Bưu điện Y: Phối hợp …"): the label is who takes the charge, whatever its head word; capitalised at both ends
_NAME_LABEL = re.compile(
    cap(r"([A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[\wÀ-ỹ]+){0,4}?\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)\s*:\s*")
    + r"(?=(?i:chủ\s+trì|phối\s+hợp)(?![\wÀ-ỹ]))"
)


def _name_label(s: str) -> tuple[str, int] | None:
    """See `_NAME_LABEL`: the name before the colon, when it holds no verb or link word."""
    m = _NAME_LABEL.match(s)
    if m is None or _STOP_RE.search(m.group(1)) or _PERSON.match(m.group(1)):
        return None  # a person named before a colon ("Đồng chí A: chủ trì") chairs, no body takes a charge
    return m.group(1), m.end(1)


_AGREES_THEN_GIVES = re.compile(
    r"(?:đã\s+|cùng\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý|tán\s+thành)(?![\wÀ-ỹ])[^.;:]{0,200}?[;,]\s*"
    r"(?:và\s+)?giao(?:\s+cho)?\s+(?=(?-i:[A-ZĐÀ-Ỹ])|các\s)",
    re.I,
)
_FUNCTION_HEAD = re.compile(r"Cơ\s+quan(?![\wÀ-ỹ])")
_FUNCTION_WORDS = re.compile(r"\s+([a-zà-ỹđ]+)")


# round 42: the case an item opens with ("Đối với …", "Trường hợp …", "Nếu …") and closes with "thì"
_CONDITION_THEN = re.compile(r"^(?:Đối\s+với|Trường\s+hợp|Nếu|Khi)\s[^.;:]{0,200}?\s+thì\s+(?=\S)")
# round 42: bodies named by what they do to someone, in lower case ("cơ quan, tổ chức, đơn vị trực tiếp quản lý
# người ứng cử", "đơn vị giới thiệu người ứng cử"), as the subject of a duty ("có / chịu trách nhiệm")
_GROUP_BY_ROLE = re.compile(
    r"(?i:(?:các\s+)?(?:cơ\s+quan|tổ\s+chức|đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|tổ\s+chức|đơn\s+vị|cá\s+nhân))*)"
    r"(?:\s+[a-zà-ỹđ]+){1,10}?(?=\s+(?:có|chịu)\s+trách\s+nhiệm(?![\wÀ-ỹ]))"
)


def _function_body(s: str, pos: int) -> tuple[str, int] | None:
    """A body named by its function in lower case after "Cơ quan" as the subject ("Cơ quan thanh tra khẩn trương
    …", "Cơ quan điều tra có trách nhiệm …"): one to four words, none a verb, then the predicate."""
    group = _GROUP_BY_ROLE.match(s, pos)
    if group:
        return group.group(0), group.end()
    m = _FUNCTION_HEAD.match(s, pos)
    if m is None:
        return None
    end = m.end()
    for _ in range(4):
        w = _FUNCTION_WORDS.match(s, end)
        if w is None or _STOP_RE.match(s, w.start(1)):
            break
        end = w.end()
        if s[end : end + 1] == " " and _STOP_RE.match(s, end + 1):
            return s[pos:end], end
    return None


_OWN_STAFF = re.compile(r"(?:cán\s+bộ|công\s+chức|viên\s+chức|chuyên\s+viên|nhân\s+viên)(?![\wÀ-ỹ])")


def _own_staff(after: str, assignee: Owners) -> bool:
    """ "UBND các xã phân công cán bộ tư vấn … theo dõi …": a body that details its own staff (lower case, no body
    named) does the work through them; it stays the owner."""
    return after.lower().startswith("phân công") and all(_OWN_STAFF.match(a) for a in assignee.lead)


# the duties a body shares out among its own people ("Hội đồng … các cấp phân công rõ trách nhiệm các thành viên …",
# "Ban Chỉ đạo phân công nhiệm vụ cụ thể cho từng thành viên"): no body is handed the work, the subject keeps it
_DUTIES = re.compile(r"(?:rõ\s+|cụ\s+thể\s+)?(?:trách\s+nhiệm|nhiệm\s+vụ)(?![\wÀ-ỹ])", re.I)
_TO_BODY = re.compile(r"[^.;:]{0,80}?(?<![\wÀ-ỹ])(?:cho|tới|đến)\s+")


def _divides_own_work(after: str, start: int) -> bool:
    """ "X phân công rõ trách nhiệm / nhiệm vụ …" with no body named after the verb (not "… nhiệm vụ cho Sở Y"):
    X divides its own work among its members, it stays the owner (round 14)."""
    rest = after[start:]
    if not _DUTIES.match(rest):
        return False
    to = _TO_BODY.match(rest)
    return not (to and scan_agency_phrase(rest, to.end()))


# round 18: a courtesy before the request ("Chính phủ trân trọng đề nghị Ủy ban …") still hands the work on
_COURTESY = r"(?:trân\s+trọng\s+)?"
_REQUESTS = re.compile(_COURTESY + r"(?:đề\s+nghị|yêu\s+cầu|kiến\s+nghị)\s", re.I)
_ADDRESSEE = re.compile(r"^Đối\s+với\s+([^;:.]{2,80}):\s*")
_CHARGE = re.compile(r"(?<![\wÀ-ỹ])(?:chủ\s+trì|phối\s+hợp)(?![\wÀ-ỹ])", re.I)
_NOT_A_VERB = re.compile(r"(?:để|về|tại|của|cho|với|trong|đối\s+với|và|hoặc|nhằm)(?![\wÀ-ỹ])", re.I)


def _verb_follows(after: str) -> bool:
    """Does a verb follow the body just named ("… các Bộ, cơ quan ngang Bộ thực hiện …"), so that it is a subject,
    not one of a list or a recipient ("…, Bộ Tài chính để tổng hợp")?"""
    after = after.lstrip()
    return (
        bool(after)
        and after[0] not in ",;:.()"
        and not _NOT_A_VERB.match(after)
        and starts_with_action(after)
    )


_TOPIC_OPENING = re.compile(r"(?:Đối\s+với|Trên\s+cơ\s+sở|Căn\s+cứ)\s")  # round 34: a basis too
_TOPIC_REACH = 240  # how far into the sentence a topic clause may run before its subject
_CASE_END = re.compile(r":\s+")
_CASE_REACH = 320  # how far a case opened by "Đối với …" may run before the colon that closes it
_APPOSITION = re.compile(cap(r"\s+[–-]\s+(?=[A-ZĐÀ-Ỹ])"))
_INSPECTED = re.compile(r"\s*(?:được|bị)\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|khảo\s+sát)(?![\wÀ-ỹ])", re.I)


def inspected_party(text: str) -> bool:
    """Does the text open with the units an inspection visits ("Các cơ quan, đơn vị được kiểm tra …",
    "Đơn vị được giám sát:")? They are what the plan inspects: what it asks of them (a report, documents,
    people to meet the team) is part of the inspection, not work the plan assigns."""
    s = _LEAD_IN.sub("", text.strip(), count=1)
    found = scan_agency_phrase(s, 0, loose=True)
    return bool(found and _INSPECTED.match(s, found[1]))


_HAND_OVER = re.compile(
    _COURTESY + r"(?:giao(?:\s+cho)?|yêu\s+cầu|đề\s+nghị|phân\s+công|ủy\s+quyền\s+cho)\s+", re.I
)


_CLAUSE_STOP = re.compile(r"[.;]\s")
_SENTENCE_STOP = re.compile(r"\.\s")


def _first_clause(text: str, stop: re.Pattern[str] = _CLAUSE_STOP) -> str:
    """The text up to its first "." or ";" before a blank, the stop kept: `re.split(r"(?<=[.;])\\s", text, 1)[0]`,
    found by a search that starts at the stops rather than a look-behind tried at every letter."""
    m = stop.search(text)
    return text[: m.start() + 1] if m else text


@cached_copies(list)
def coordinators_in(text: str) -> list[str]:
    """Agencies after the first "phối hợp (chặt chẽ) với/cùng" of the first sentence."""
    first_sentence = _first_clause(text)
    for m in _COORD.finditer(first_sentence):
        found = scan_agency_phrase(first_sentence, m.end(), loose=True)
        if found and _organises(first_sentence, found):
            continue  # round 25: "phối hợp tổ chức tập huấn …": "tổ chức" is the verb "organise", no body
        if found:
            return split_agencies(found[0])
    return []


def _organises(text: str, found: tuple[str, int]) -> bool:
    """Is a bare "tổ chức" the verb, its work straight after it ("tổ chức tập huấn", "tổ chức thực hiện")?"""
    return found[0].lower() == "tổ chức" and bool(_STOP_RE.match(text, _skip_spaces(text, found[1])))


@cached_copies(list)
def heading_agencies(heading: str) -> list[str]:
    """Agencies of an assignment heading ("Sở Nội vụ", "Đề nghị: Hội A, Hội B"), or [] if it is not one."""
    s = _ASSIGN.sub("", heading.strip()).strip().rstrip(".:;")
    if s != heading.strip().rstrip(".:;"):
        # round 42: "Đề nghị Ủy ban nhân dân xã phối hợp", "Giao Phòng X thực hiện": after the request, a bare verb
        # with no object says only that the body named is to act
        s = _BARE_VERB_AFTER.sub("", s)
    s = _ROLE_NOTE.sub("", s)  # "Sở Tài chính (cơ quan chủ trì)": the note says what the body is, not who
    invited = _INVITE.match(s)
    if invited:
        # "Mời Đại sứ quán …", "Mời Thành phố A, tỉnh B": an invitation names the bodies asked to do the work,
        # and another province is such a body
        s = s[invited.end() :]
        places = [p.strip() for p in re.split(r"\s*,\s*|\s+và\s+", s)]
        if places and all(_PLACE_NAME.fullmatch(p) for p in places):
            return places
    if not plausible_subject(
        s
    ):  # "Phòng chống bệnh …", "Báo cáo định kỳ" open with a head word, name no body
        return []
    s = _MEMBERS.sub("", s).strip()  # "Các cơ quan tham mưu ngành (gồm các Sở: …)": the group is the owner
    whose = _WHOSE.match(s)
    if whose:  # "Trách nhiệm của đối tượng thực hiện kiểm kê": whoever it names owns the items under it
        return [whose.group(1).strip()]
    bare = _WHOSE_BARE.match(s)
    if bare:
        # round 71 (set 49): "Điều 17. Trách nhiệm Sở Tài chính", "Nhiệm vụ Công an tỉnh": the "của" left out before
        # a body's proper name; the heading is that body's as "Trách nhiệm của Sở Tài chính" is
        rest = s[bare.end() :]
        named = heading_agencies(rest)
        if named:
            return named
        found = scan_agency_phrase(rest, 0)
        if found and len(rest.split()) <= 16 and not _PREDICATE.search(rest[found[1] :]):
            # "Trách nhiệm Ban Quản lý dự án tỉnh, khu vực": a name and its reach, no work after it
            return [rest]
    longer = _WHOSE_OPEN.match(s)
    if longer:
        # round 25 (set 26): a longer list after "Trách nhiệm của" ("… của các Bộ, ngành, địa phương; Ủy ban Trung
        # ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam"): the bodies it names
        return heading_agencies(s[longer.end() :])
    members = _MEMBER_LIST.match(s)
    if members and _starts_agency(members.group(1)) and _named_bodies(members.group(2)):
        # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu A, …)": the bodies listed are the group
        return split_agencies(members.group(2))
    found = scan_agency_phrase(s, 0)
    if found and len(found[0]) >= len(s) - 1:
        return split_agencies(found[0])
    if found and _WHERE_CLAUSE.fullmatch(s[found[1] :]):
        # round 114: "b) Ủy ban nhân dân cấp xã nơi có đất thu hồi để xây dựng cụm công nghiệp" over its duty
        # bullets: the body and the place it acts for ("nơi …", a relative clause whose verbs are not the body's
        # work), nothing after it; the heading is that body's, as written
        return [s]
    if found and _ROLE_HEAD_RE.match(s) and len(s.split()) <= 14:
        return [
            s
        ]  # "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án": a body named by its role, as a heading
    if found and (_noun_list(s) or _name_only(s)):
        return split_agencies(s)
    if found and _ROLE_NAME.match(s[found[1] :]) and _GROUP_RE.match(s):
        return [s]  # "Các cơ quan, đơn vị thực hiện kiểm kê": a group named by what it does, as a heading
    if _STAFF_UNIT.match(s) and re.match(r"[Gg]iao\s", heading.strip()):
        # "Giao bộ phận Văn hóa - Thông tin", "Giao công chức Tư pháp - Hộ tịch": a heading that hands its items
        # to a unit or an office-holder of a small office, written in lower case after "Giao"
        found = scan_agency_phrase(s[0].upper() + s[1:], 0)
        return [s[0] + found[0][1:]] if found else []
    return []


# the units and staff of a commune, ward or small office, written in lower case after "Giao"
_STAFF_UNIT = re.compile(r"(?:bộ\s+phận|công\s+chức|cán\s+bộ|chuyên\s+viên)\s+\S")


# a group named by a relative clause ("các đơn vị thực hiện kiểm kê", "các cơ quan quản lý, sử dụng tài sản
# công", "các đơn vị tham gia Hội thi"): a short object, no list of tasks ("… thực hiện các nhiệm vụ sau")
_ROLE_NAME = re.compile(
    r"\s+(?:thực\s+hiện|tham\s+gia|quản\s+lý(?:\s*,\s*sử\s+dụng)?|sử\s+dụng|được\s+giao|cung\s+cấp)"
    r"(?!(?:\s+[\wÀ-ỹ]+){0,6}?\s+(?:nhiệm\s+vụ|nội\s+dung|sau|như\s+sau)(?![\wÀ-ỹ]))"
    r"(?:\s+[\wÀ-ỹ]+){1,6}\s*$"
)


def _name_only(s: str) -> bool:
    """A heading that is only a name, however its words run ("Trung tâm Xúc tiến đầu tư, thương mại và du
    lịch", "Các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"): short, and no verb or preposition
    after its head word."""
    words = s.split()
    return 2 <= len(words) <= 16 and not _PREDICATE.search(" ".join(words[1:]))


_MEMBER_LIST = re.compile(r"^(.*?\S)\s*\(([^()]+)\)$")


def _named_bodies(listed: str) -> bool:
    """Brackets that list named bodies ("Sở Tài chính, Ban quản lý Khu A"), each under its own head word, not
    examples of a kind ("các Ban quản lý rừng …") or an abbreviation."""
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*|\s+và\s+", listed) if p.strip()]
    return len(parts) >= 2 and all(_HEAD_RE.match(p) and plausible_subject(p) for p in parts)


_INVITE = re.compile(cap(r"^Mời\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))
_MEMBERS = re.compile(r"\s*\((?:gồm|bao\s+gồm)\b[^)]*\)")
# a closing note on the body's part in the plan: "(cơ quan chủ trì)", "(đơn vị đầu mối)", "(thường trực)"; a
# "(phối hợp)" note is not dropped, since it would make a coordinator the owner
_ROLE_NOTE = re.compile(
    r"\s*\((?:là\s+)?(?:(?:cơ\s+quan|đơn\s+vị)\s+)?(?:chủ\s+trì|đầu\s+mối|thường\s+trực|tham\s+mưu)\b[^()]*\)$",
    re.I,
)
# round 20: "Trách nhiệm chung của các cơ quan, đơn vị", "Nhiệm vụ cụ thể của …": a word on the kind of duty between
_WHOSE = re.compile(
    r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ)(?:\s+(?:chung|cụ\s+thể|riêng))?\s+của\s+((?:\S+\s+){0,19}\S+)$", re.I
)
_WHOSE_OPEN = re.compile(r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ)(?:\s+(?:chung|cụ\s+thể|riêng))?\s+của\s+", re.I)
# round 71 (set 49): the same with no "của", right before a proper name (a capital letter): "Trách nhiệm Sở Y tế"
_WHOSE_BARE = re.compile(cap(r"^(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+(?=[A-ZĐÀ-Ỹ])"))
# round 114: what follows a body's name in a heading that names it by the place it acts for: "nơi" and a clause to
# the heading's end, short and unbroken (no list, no second sentence)
_WHERE_CLAUSE = re.compile(r"\s+nơi\s+[^,;:.()]{2,80}", re.I)
_PREDICATE = re.compile(rf"(?:{_STOP_WORDS})(?![\wÀ-ỹ])".replace("|của|", "|").replace("|thuộc|", "|"), re.I)


def _noun_list(s: str) -> bool:
    """A heading that only lists who ("Các Sở, ban, ngành của Thành phố, UBND phường, xã", "Các doanh nghiệp
    viễn thông, tổ chức, cá nhân có liên quan"): every comma part names a body, and no part has a verb."""
    if len(s.split()) > 25:
        return False
    for k, part in enumerate(re.split(r"\s*,\s*|\s+và\s+", s)):
        words = _MODIFIERS.sub("", part).strip()
        if not words:
            continue
        if k and not (_starts_agency(words, loose=True) or _COLLECTIVE_RE.match(words.lower())):
            return False
        rest = words[len(words.split()[0]) :] if words.split() else ""
        if _PREDICATE.search(rest.replace("của", " ").replace("thuộc", " ")):
            return False
    return True


def opening_verb(text: str) -> re.Match[str] | None:
    """round 107: the verb a text opens with ("Xây dựng" in "Xây dựng, ban hành …"), as `starts_with_action` reads
    it."""
    return _PREDICATE.match(text)


def starts_with_action(text: str) -> bool:
    """Does the text open with a verb of doing ("Tổ chức …", "Xây dựng …", "Rà soát …") or a preposition
    ("Đối với …", "Về …")? A noun label ("Điểm quan trắc", "Hình thức") does not."""
    return bool(_PREDICATE.match(text.strip()))


# every head word starts with a capital letter, or is "người đứng đầu" or "các …": the look-ahead of those letters,
# tried first, spares the look-behind and the long alternation at most positions of a text (the capitals only: the
# range "À-Ỹ" also holds the lower-case letters with accents, a good part of any Vietnamese text)
_MENTION_START = cap("A-ZĐÀ-Ỹ") + "nc"
_MENTION_RE = re.compile(
    rf"(?=[{_MENTION_START}])(?<![\w\-/À-ỹ])"
    rf"(?:{_HEADS}|[Cc]ác\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|bộ|Sở|Bộ|Ban|hội|đoàn thể))(?![\wÀ-ỹ])"
)


@cached_copies(list)
def find_agency_mentions(text: str) -> list[tuple[str, int, int]]:
    """Every agency phrase named in text (for the plan's agency list), with offsets."""
    out: list[tuple[str, int, int]] = []
    i = 0
    for m in _MENTION_RE.finditer(text):
        if m.start() < i or not plausible_subject(text[m.start() :]):
            continue
        found = scan_agency_phrase(text, m.start())
        if found and len(found[0].split()) > 1:
            out.append((found[0], m.start(), found[1]))
            i = found[1]
    return out


_SINGLE_HEADS = re.compile(
    r"(?:Sở|Ban|Bộ|Hội|Viện|Đài|Báo|Trường|Phòng|Cục|Quỹ|Đoàn(?!\s+trường(?![\wÀ-ỹ]))|Thuế)\s+(\S+)"
)  # round 51: "Đoàn trường: Quản lý …", a school's Youth Union, is a body's name as "Tỉnh đoàn" is
_LOWER_OK = re.compile(
    r"(?:kiểm|tỉnh|thành|quản|chỉ|nhân|huyện|xã|trưởng|tư|phận|ngành)|công\s+tác(?![\wÀ-ỹ])"
    # round 14: "Hội đồng Thi đua - Khen thưởng các cấp …", a council (not "đồng thời", "đồng loạt")
    r"|đồng(?![\wÀ-ỹ])(?!\s+(?:thời|loạt)(?![\wÀ-ỹ]))"
    # round 16: a broadcaster is written with its trade in lower case ("Đài truyền hình Việt Nam chủ trì …",
    # "Đài phát thanh và truyền hình tỉnh"), a body as "Đài Truyền hình" is
    r"|(?:truyền\s+hình|phát\s+thanh)(?![\wÀ-ỹ])"
)


# round 28: "Thanh tra, kiểm tra, xử lý theo thẩm quyền …": a body named by the work it does ("Thanh tra", "Kiểm
# toán"), written bare and listed with other verbs, is the verb, not the body
_WORK_NAMED_BODY = re.compile(
    r"(?:Thanh\s+tra|Kiểm\s+toán)\s*(?:,|và|hoặc)\s*(?:thanh\s+tra|kiểm\s+tra|kiểm\s+toán|giám\s+sát|xử\s+lý|đôn\s+đốc)"
    r"(?![\wÀ-ỹ])"
)


def plausible_subject(text: str) -> bool:
    """ "Ban hành …", "Báo cáo …", "Trường hợp …" start with a head word but are not agencies."""
    if _WORK_NAMED_BODY.match(text.strip()):
        return False
    m = _SINGLE_HEADS.match(text.strip())
    if not m:
        return True
    nxt = text.strip()[m.start(1) :]
    if nxt.startswith("và "):  # "Báo và Phát thanh, Truyền hình tỉnh": two names joined into one body
        return True
    return nxt[0].isupper() or nxt[0] in "&" or bool(_LOWER_OK.match(nxt))


def item_owners(text: str, heading: str, ancestors: list[str]) -> tuple[Owners, str] | None:
    """Owners written in the item itself or in its agency heading; returns (owners, where)."""
    return _owners_found(text, heading, tuple(ancestors))


def _copy_found(found: tuple[Owners, str] | None) -> tuple[Owners, str] | None:
    return None if found is None else (Owners(list(found[0].lead), list(found[0].coordinators)), found[1])


@cached_copies(_copy_found)
def _owners_found(text: str, heading: str, ancestors: tuple[str, ...]) -> tuple[Owners, str] | None:
    """`item_owners`, kept per (text, heading, headings above): every item under a heading is read with it."""
    found = _item_owners(text, heading, list(ancestors))
    if found and found[1] == "subject" and (heading or ancestors) and all(map(_generic_kind, found[0].lead)):
        # round 56: "Giao UBND các xã: A, B, C:" over "- Trong quá trình …, Chủ tịch UBND các xã chỉ đạo …": the
        # subject names no particular body, it refers back to the bodies named above (`refers_back`)
        above = _item_owners("", heading, list(ancestors))
        if above and refers_back(found[0].lead, above[0].lead):
            return Owners(above[0].lead, found[0].coordinators or above[0].coordinators), "heading"
    if found and found[1] == "heading" and found[0].lead:
        # round 16: an item under its heading's owner may still hand a later step to a body of its own ("3.1.
        # Hoàn thiện kế hoạch …; trên cơ sở đó, Ban X … xây dựng kế hoạch …"), as an item with its own subject does
        owners = found[0]
        later = [a for a in later_subjects(text) if a not in owners.lead and a not in owners.coordinators]
        if later:
            return Owners([*owners.lead, *dict.fromkeys(later)], owners.coordinators), "heading"
    return found


# round 56: a subject that names no particular body: an office or a kind of body in the plural ("Chủ tịch UBND các xã",
# "các bộ, ngành") or local government as such ("Chính quyền địa phương", "chính quyền các cấp")
_OFFICE_OF = re.compile(r"^(?:Chủ\s+tịch|Thủ\s+trưởng|Giám\s+đốc|Lãnh\s+đạo|Người\s+đứng\s+đầu)\s+", re.I)
_PLURAL_KIND = re.compile(r"^(.*?)(?:^|\s)các\s+(.+)$", re.I)
_LOCAL_GOVERNMENT = re.compile(r"^chính\s+quyền\s+(?:địa\s+phương|các\s+cấp|cơ\s+sở)$", re.I)
# a particular body has a proper name ("UBND xã Đức Trọng", "tỉnh Đắk Lắk", "Sở Tài chính"), not only kinds
_PROPER_WORD = re.compile(cap(r"\s[A-ZĐÀ-Ỹ]"))
_PLURAL = re.compile(r"(?:^|\s)[Cc]ác\s")
_NAMED_LOCALITY = re.compile(
    cap(r"(?:^|\s)(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)\s+[A-ZĐÀ-Ỹ]")
)


def _generic_kind(name: str) -> tuple[str, list[str]] | None:
    """The body and the kinds of a name that names no particular body ("Chủ tịch UBND các xã" -> ("UBND", ["xã"]),
    "Chính quyền địa phương" -> ("", ["địa phương"])); None for a particular body."""
    n = _OFFICE_OF.sub("", name.strip())
    if _LOCAL_GOVERNMENT.match(n):
        return "", ["địa phương"]
    m = _PLURAL_KIND.match(n)
    if not m:
        return None
    return m.group(1).strip(), [k.strip().lower() for k in re.split(r",|\svà\s", m.group(2)) if k.strip()]


def refers_back(lead: list[str], above: list[str]) -> bool:
    """round 56: does a subject that names no particular body ("Chủ tịch UBND các xã", "Chính quyền địa phương") refer
    back to the particular bodies a heading or lead-in above names ("UBND xã A", "UBND xã B"; "tỉnh Đắk Lắk")? Each
    of them is of the subject's kind (and of its body, "UBND"), or a named locality for "địa phương"."""
    if not lead or not above or not all(_PROPER_WORD.search(a) and not _PLURAL.search(a) for a in above):
        return False
    for name in lead:
        kind = _generic_kind(name)
        if kind is None:
            return False
        body, kinds = kind
        for a in above:
            if body and agency_key(body) not in agency_key(a):
                return False
            if not any(k in a.lower() or (k == "địa phương" and _NAMED_LOCALITY.search(a)) for k in kinds):
                return False
    return True


# round 76 (set 38): an addressee heading names a party and nothing after it ("1. Đối với Người đứng đầu, tập thể lãnh
# đạo các phòng, cơ quan, đơn vị thuộc Sở X", "2. Đối với công chức, viên chức và người lao động ngành Y (…)", "Đối
# với Ủy ban nhân dân cấp xã"): the items under it that name no body of their own are that party's duties. A body is
# read as an agency heading reads it; the staff or the leaders of bodies are a party as written, kept whole, their
# bracketed scope left out. A heading naming a matter ("Đối với các dự án …", "Đối với trường hợp …") names no one.
_ADDRESSEE_HEADING = re.compile(r"^Đối\s+với\s+(?P<party>[^\s:;.][^:;.]*?)\s*:?\s*$", re.I)
_PERSONNEL = re.compile(
    r"^(?:các\s+|toàn\s+thể\s+)?(?:người\s+đứng\s+đầu|thủ\s+trưởng|(?:tập\s+thể\s+)?lãnh\s+đạo|cán\s+bộ|công\s+chức"
    r"|viên\s+chức|người\s+lao\s+động)(?![\wÀ-ỹ])",
    re.I,
)
_PERSONNEL_WORD = re.compile(r"(?<![\wÀ-ỹ])(?:tập\s+thể\s+)?lãnh\s+đạo(?![\wÀ-ỹ])", re.I)
_LOWER_PREDICATE = re.compile(r"(?<![\wÀ-ỹ])" + _PREDICATE.pattern)
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
ADDRESSEE_WORDS = 30  # a party named in a heading, not a sentence


def addressee_heading(heading: str) -> list[str]:
    """The party an addressee heading "Đối với …" names, or []."""
    m = _ADDRESSEE_HEADING.match(_TRAILING_BRACKET.sub("", heading.strip().rstrip(":").rstrip()))
    if not m:
        return []
    party = m.group("party").strip()
    if not party or len(party.split()) > ADDRESSEE_WORDS:
        return []
    if _PERSONNEL.match(party):
        # the leaders are named by the noun "lãnh đạo" ("tập thể lãnh đạo các phòng"), no verb of theirs
        # (a verb in lower case: a proper name may hold one, "Sở Xây dựng")
        return [] if _LOWER_PREDICATE.search(_PERSONNEL_WORD.sub(" ", party)) else [party]
    return heading_agencies(party)


# round 78 (seen regulations and plans): a body label, whatever its form and depth, names the body whose items follow:
# the body's name alone ("1. Sở Công Thương:", "a) Ủy ban nhân dân cấp xã:"), its duties ("Trách nhiệm (của) Sở X",
# "Nhiệm vụ của …", an article's title), a hand-over ("Giao Văn phòng Sở …", "Đề nghị UBND các xã …"), an addressee
# ("Đối với …", round 76), or the body with a duty verb and nothing after it but the pointer to the list ("Sở X có
# trách nhiệm:", "… có trách nhiệm sau:", "… chịu trách nhiệm như sau:", "… có nhiệm vụ thực hiện các nội dung sau:")
# round 84 (sets 59, 61): or the role the body takes in the contents listed ("… có trách nhiệm chủ trì", "… chịu trách
# nhiệm phối hợp"), the list then named before the body ("Điều 5. Nội dung Sở X có trách nhiệm chủ trì", "Nhiệm vụ Sở
# X có trách nhiệm thực hiện": the contents that body leads); see `_DUTY_HEAD`
_DUTY_LEAD_IN = re.compile(
    r"\s+(?:có|chịu)\s+(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s+(?:thực\s+hiện\s+)?(?:các|những)\s+(?:nhiệm\s+vụ|nội\s+dung"
    r"|công\s+việc)(?:\s+(?:chủ\s+yếu|cụ\s+thể))?|\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện))?"
    r"(?:\s+(?:(?:cụ\s+thể\s+)?như\s+)?sau(?:\s+đây)?)?\s*:?\s*$",
    re.I,
)
# the list a body's duty lead-in is about, named before the body: "Nội dung", "Nhiệm vụ", "Các công việc"
_DUTY_HEAD = re.compile(r"^(?:(?:Các|Những)\s+)?(?:Nội\s+dung|Nhiệm\s+vụ|Công\s+việc)\s+", re.I)


@cached_copies(list)
def body_label(label: str) -> list[str]:
    """The bodies a label names as the owners of the items under it, in any of its forms, or []."""
    t = label.strip()
    named = heading_agencies(t)
    if named:
        return named
    lead_in = _DUTY_LEAD_IN.search(t)
    if lead_in and lead_in.start():
        subject = t[: lead_in.start()]
        head = _DUTY_HEAD.match(subject)
        named = heading_agencies(subject[head.end() :] if head else subject)
        if named:
            return named
    return addressee_heading(t)


# round 76 (set 38): a basis that names the bodies whose reports or proposals the work rests on, then the work with no
# subject ("Trên cơ sở báo cáo của Phòng A, Văn phòng Sở và các cơ quan, đơn vị liên quan, tổng hợp lồng ghép …"):
# the bodies listed are the sources, the one who works is the heading's (`_BASIS` would end the basis at the first
# comma a capitalised name follows and read the rest of the list as the subject)
_SOURCES_BASIS = re.compile(
    r"^(?:Trên\s+cơ\s+sở|Căn\s+cứ)\s+(?:các\s+|những\s+)?(?:báo\s+cáo|đề\s+nghị|đề\s+xuất|kiến\s+nghị|ý\s+kiến"
    r"|kết\s+quả)(?:[^,;:.]{0,60}?)\s+của\s+",
    re.I,
)


def _sources_before_work(text: str) -> bool:
    """Does the item open with the bodies its work rests on and go on with the work, no subject of its own?"""
    t = text.strip()
    m = _SOURCES_BASIS.match(t)
    if not m:
        return False
    end = re.search(r"[;:.]", t[m.end() :])
    clause = t[m.end() : m.end() + end.start()] if end else t[m.end() :]
    for c in re.finditer(r",\s*", clause):
        if starts_with_action(clause[c.end() :]):
            bodies = clause[: c.start()]
            found = scan_agency_phrase(bodies, 0)
            return found is not None and len(found[0]) >= len(bodies.rstrip()) - 1
    return False


# round 22: a lead-in that says what to heed when a body carries the work out ("Các nội dung cần lưu ý khi chủ đầu tư
# triển khai:", "Những yêu cầu khi các đơn vị thực hiện:"): that body does the items listed under it
_DOER_WHEN = re.compile(
    r"(?<![\wÀ-ỹ])khi\s+([^,;:.]{2,80}?)\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)(?:\s[^,;:.]{0,80})?\s*:\s*$"
)


# round 51: a school's office counted before its name, its line's owner ("22 GVCN: Chịu trách nhiệm đăng ký nhóm
# lớp …", the count part of the name; round 46's heads read "GVCN" alone)
_COUNTED_OFFICE = re.compile(r"^(\d{1,3}\s+(?:GVCN|[Gg]iáo\s+viên\s+chủ\s+nhiệm))\s*:\s*\S")


def _item_owners(text: str, heading: str, ancestors: list[str]) -> tuple[Owners, str] | None:
    own = heading_agencies(heading) if heading else []
    if own and all(_catch_all(n) for n in own) and plausible_subject(text.strip()):
        # "h) Các đơn vị khác" over "Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến …": a catch-all heading over
        # a paragraph that names its own body; the body named is the owner
        found = subject_owners(text)
        if found and found.lead and not any(_catch_all(n) for n in found.lead):
            second = [a for a in second_subjects(text) if a not in found.lead and a not in found.coordinators]
            return (Owners([*found.lead, *second], found.coordinators) if second else found), "subject"
    if own:
        return Owners(own, coordinators_in(text)), "heading"
    if heading and starts_with_action(text):
        # round 50 (set 43): the item's own heading is a body acting on another ("5.2. Bộ Chỉ huy quân sự tỉnh chỉ đạo
        # lực lượng Bộ đội Biên phòng" over "Chủ trì, phối hợp …"): the body that acts does the work its paragraph
        # gives, as it does its dashes (a heading one level up already gave them)
        acting = _heading_actor(heading)
        if acting:
            return Owners(acting.lead, coordinators_in(text) or acting.coordinators), "heading"
    if re.match(r"Yêu\s+cầu\s", text.strip()):
        # "- Yêu cầu các cơ quan báo chí …" under "4. Sở X": Sở X makes the request, the item is its task
        for h in ancestors:
            agencies = heading_agencies(h) if h else []
            if agencies:
                return Owners(agencies, []), "heading"
            acting = _heading_actor(h)
            if acting:  # "UBND các xã phối hợp với … trong công tác …" makes the request
                return Owners(acting.lead, []), "heading"
    field = _field_subject(text)
    if field:
        return field, "subject"
    counted = _COUNTED_OFFICE.match(text.strip())
    if counted:
        return Owners([counted.group(1)], []), "subject"
    if plausible_subject(_LEAD_IN.sub("", text.strip(), count=1)) and not _sources_before_work(text):
        found = subject_owners(text)
        if found and found.lead:
            second = [a for a in second_subjects(text) if a not in found.lead and a not in found.coordinators]
            # a later part done by a body of its own (one that coordinates the first part may still lead it)
            second += [a for a in later_subjects(text) if a not in found.lead and a not in second]
            second = list(dict.fromkeys(second))
            return (Owners([*found.lead, *second], found.coordinators) if second else found), "subject"
    titled = _TITLE.match(text.strip())
    if titled and starts_with_action(titled.group(1)):
        # "Thực hiện mở tài khoản: Ủy ban nhân dân xã phối hợp với …": a title names the step, the sentence after
        # its colon says who does it (an agency and its verb; "…, gồm: Báo A; Đài B" only lists names)
        rest = _LEAD_IN.sub("", text.strip()[titled.end() :], count=1)
        found = acting_subject(rest) if plausible_subject(rest) else None
        if found and found.lead:
            return found, "subject"
    after = trailing_owner(text)
    if after:
        return Owners([after], []), "subject"
    assigned = _assigning_sentence(text) or _embedded_assignment(text) or _closing_assignment(text)
    if assigned:
        return assigned, "subject"
    maker = passive_maker(text)
    if maker:
        return Owners([maker], coordinators_in(text)), "subject"
    later = second_subjects(text)
    if later:
        return Owners(later, coordinators_in(text)), "subject"
    party = body_label(heading) if heading else []
    if party:
        # round 78: the item's own heading an addressee ("1.2. Đối với Sở Xây dựng:" over its first paragraph), read
        # as round 76 reads one above it: the party owns what names no body of its own; round 84 (set 61): so does
        # a body label of any form, a one-paragraph article's title "Nội dung Công an tỉnh có trách nhiệm chủ trì"
        return Owners(party, coordinators_in(text)), "heading"
    for h in ancestors:
        agencies = body_label(h) if h else []
        if agencies:
            return Owners(agencies, coordinators_in(text)), "heading"
        doer = _DOER_WHEN.search(h) if h else None
        if doer:
            named = scan_agency_phrase(doer.group(1), 0, loose=True)
            if named and named[1] == len(doer.group(1)):
                return Owners(split_agencies(named[0]), coordinators_in(text)), "heading"
        if h and h.rstrip().endswith(":") and plausible_subject(h):
            # "Sở X khẩn trương thực hiện theo tiến độ như sau:" — its subject owns the steps listed under it
            intro = subject_owners(h) or _run_in_subject(h)
            if intro and intro.lead and not _asker(h, intro):
                return Owners(intro.lead, coordinators_in(text) or intro.coordinators), "heading"
        # a lead-in of any length whose last sentence assigns ("1. Thống nhất … theo đề xuất của X. Giao X:")
        group = (
            group_lead(h, heading=True) if h and (len(h.split()) <= 30 or h.rstrip().endswith(":")) else None
        )
        if group:  # "8.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành" over its bullets
            return Owners(group.lead, coordinators_in(text) or group.coordinators), "heading"
        # "2.1.7. Sở Xây dựng phối hợp với Sở Y trong công tác điều tiết …" over bullets that name no one: the
        # heading's subject acts, its bullets are how
        acting = _heading_actor(h)
        if acting:
            return Owners(acting.lead, coordinators_in(text) or acting.coordinators), "heading"
        # round 38: a lead-in above the item's own heading that closes by asking bodies to do the list ("III. NHIỆM VỤ
        # / Từ nay đến cuối năm còn ít thời gian; do vậy, yêu cầu các bộ, ngành, địa phương liên quan:" over "2. Đối
        # với dự án A" over "b) Phải khánh thành …"): the bodies asked own the items a nearer heading gives no one,
        # unless a later sentence of the item names its own ("Về A: Kết quả đạt được … . Bộ X chủ động …")
        asked = request_addressee(h) if h else []
        if asked and not _opens_with_body(text):
            return Owners(asked, coordinators_in(text)), "heading"
    kind = kind_asked(text)
    if kind:
        return Owners([kind], coordinators_in(text)), "subject"
    return None


# round 74 (set 23): a request made to a bare kind of body, the one the letter is written to ("Vì vậy, đề nghị địa
# phương căn cứ địa giới hành chính mới …", "…: Đề nghị đơn vị lập Phụ lục …"), where nothing above names an owner:
# the kind, as written, is the party asked (the request opens a clause and work follows the kind)
_KIND_ASKED = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:trân\s+trọng\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+(đơn\s+vị|địa\s+phương|cơ\s+quan)\s+(?=\S)",
    re.I,
)


def kind_asked(text: str) -> str | None:
    for m in _KIND_ASKED.finditer(text):
        after = text[m.end() :]
        if starts_with_action(after) and not _NOT_A_VERB.match(after):
            return m.group(1)
    return None


def _field_subject(text: str) -> Owners | None:
    """Round 40: "Thanh tra khoa học và công nghệ: Ủy ban nhân dân các huyện, thị xã làm đầu mối …", "Tiêu chuẩn -
    đo lường - chất lượng: Ủy ban nhân dân huyện chủ động …": a label that names the field (no verb of its own)
    and, after its colon, a sentence that opens with a body and its verb. The body acting owns the item, even when
    the field's name reads as a body's (an agency heading is followed by its duties, not by another body acting)."""
    titled = _TITLE.match(text.strip())
    if not titled or starts_with_action(titled.group(1)):
        return None
    rest = text.strip()[titled.end() :]
    if not plausible_subject(rest):
        return None
    found = acting_subject(rest)
    return found if found and found.lead else None


# round 21: the body that does an item written after the work, past a spaced dash ("Phân tích đề thi … – Trường THPT A
# thực hiện.", "Tham luận “…” - Trường THPT B hỗ trợ thực hiện.", "Các nội dung khác … - các đơn vị cho ý kiến, thảo
# luận."): a meeting's contents list who presents each item at its end
_TRAILING_DASH = re.compile(r"\s[–—-]\s+(?=\S)")


def trailing_owner(text: str) -> str | None:
    """The body named after the last spaced dash of an item, followed by no more than a short predicate (its
    verb: "thực hiện", "hỗ trợ thực hiện", "trình bày"), when the work before the dash names no body first."""
    s = text.strip().rstrip(".;")
    dashes = list(_TRAILING_DASH.finditer(s))
    if not dashes:
        return None
    m = dashes[-1]
    before, rest = s[: m.start()], s[m.end() :]
    if len(before.split()) < 3 or scan_agency_phrase(before.strip(), 0):
        return None
    found = scan_agency_phrase(rest, 0)
    if not found:
        return None
    name, end = found
    tail = rest[end:].strip()
    if len(tail.split()) > 6 or (tail and not re.match(r"[\(,a-zà-ỹđ]", tail)) or find_agency_mentions(tail):
        return None
    return name.strip()


# round 17: a thing to be made, named with its maker, in the passive ("Bản tin của các tỉnh ủy, thành ủy được biên
# soạn …, phát hành kịp thời …", "Báo cáo của Sở X được gửi trước ngày …"): the body whose thing it is makes it
_PASSIVE_THING = re.compile(r"^(?P<thing>[^,;:.()]{2,60}?)\s+của\s+(?=\S)")
_PASSIVE_VERB = re.compile(r"\s*(?:sẽ\s+|phải\s+|cần\s+)?được\s+(?!giao\b|phân\s+công\b)(?=[a-zà-ỹđ])")


def passive_maker(text: str) -> str | None:
    s = text.strip()
    m = _PASSIVE_THING.match(s)
    if not m or scan_agency_phrase(m.group("thing"), 0):
        return None
    found = scan_agency_phrase(s, m.end())
    if not found or not _PASSIVE_VERB.match(s, found[1]):
        return None
    return found[0]


def _catch_all(name: str) -> bool:
    """A group named by its kind, not a body ("Các đơn vị khác", "các cơ quan liên quan")."""
    return not name[:1].isupper() or bool(re.match(r"(?:Các|Mỗi)\s", name))


_TITLE = re.compile(r"([^:;.()]{3,80}):\s+(?=\S)")
_ASKS = re.compile(r"\s*(?:giao|yêu\s+cầu|đề\s+nghị|kiến\s+nghị|phân\s+công|ủy\s+quyền)(?![\wÀ-ỹ])", re.I)


# round 68: the courtesy a sender puts before its request ("Văn phòng Chính phủ trân trọng đề nghị:", "Sở X kính đề
# nghị:"): one or two words that are no verb of work, then the asking verb
_COURTESY_ASKS = re.compile(
    r"\s*(?:[a-zà-ỹđ]+\s+){1,2}?(?=(?:giao|yêu\s+cầu|đề\s+nghị|kiến\s+nghị)(?![\wÀ-ỹ]))"
)


def _asker(line: str, owners: Owners) -> bool:
    """ "Chủ tịch UBND tỉnh yêu cầu:": the owners found are the one who asks, not who does the items; so is the
    sender of a courteous request (round 68: "Văn phòng Chính phủ trân trọng đề nghị:" over the numbered requests)."""
    s = line.strip()
    found = scan_agency_phrase(s, 0)
    return bool(found and _asks_at(s, found[1]) and owners.lead == split_agencies(found[0]))


def _asks_at(s: str, end: int) -> bool:
    """Does the name ending at `end` ask ("… yêu cầu", "… đề nghị"), directly or after a courtesy (round 68)?"""
    if _ASKS.match(s, end):
        return True
    courtesy = _COURTESY_ASKS.match(s, end)
    return bool(courtesy and not _STOP_RE.search(s, end, courtesy.end()) and _ASKS.match(s, courtesy.end()))


def _heading_actor(heading: str) -> Owners | None:
    """The agency a heading's sentence opens with, acting ("2.1.7. Sở X phối hợp với Sở Y trong công tác …"):
    it does the items under the heading. One that asks or hands the work on ("Chủ tịch UBND tỉnh yêu cầu:")
    does not. The sentence may be long (up to 120 words, round 18: a numbered item with content of its own, clauses
    joined by ";", over its bullets)."""
    if not heading or len(heading.split()) > 120 or not plausible_subject(heading):
        return None
    found = scan_agency_phrase(heading.strip(), 0)
    if not found or _asks_at(heading.strip(), found[1]):
        return None
    acting = acting_subject(heading)
    return acting if acting and acting.lead else None


# the agency is the object of a verb, "các" or "những" between them ("Chỉ đạo các Ngân hàng thương mại … :")
_GOVERNS = re.compile(rf"(?<![\wÀ-ỹ])(?:{_STOP_WORDS}|cho|và|hoặc)(?:\s+(?:các|những))?\s*$", re.I)


_HEAD_BEFORE = re.compile(rf"(?<![\wÀ-ỹ])(?:{_HEADS})\s+$")


def _inside_name(text: str, pos: int) -> bool:
    """Does the head word at pos go on a name that opens just before it ("Bộ Công an", "Cục Thuế", "Ủy ban Mặt
    trận …")? It is part of that name, not a body of its own (round 14: "các dự án do Bộ Công an chủ trì" named
    no "Công an")."""
    return bool(_HEAD_BEFORE.search(text, 0, pos))


def _run_in_subject(heading: str) -> Owners | None:
    """A heading whose title runs on into the sentence that gives its items ("2. Tiếp nhận và xử lý đơn thư Ban
    Thường trực X thực hiện quy trình …, cụ thể:"): the agency that acts in that sentence owns the items."""
    for m in _HEAD_RE.finditer(heading, 1):
        before = heading[: m.start()].rstrip()
        if (
            heading.startswith("tỉnh", m.start())  # "… tại tỉnh A" is where, not who
            or before == heading[: m.start()]
            or not before[-1:].isalpha()
            or not plausible_subject(heading[m.start() :])
        ):
            # the title's last word runs straight into the subject; after a comma the name continues a list
            continue
        if _GOVERNS.search(heading[: m.start()]):
            continue  # "Tham mưu Ủy ban nhân dân tỉnh xây dựng …:": the agency is the object of a verb
        if _inside_name(heading, m.start()):
            continue
        found = acting_subject(heading[m.start() :])
        if found and found.lead:
            return found
    return None


_CATCH_ALL = re.compile(
    r"^(?:các|những)\s+[^,;]*?(?:có\s+)?liên\s+quan$|^(?:các\s+)?(?:cơ quan|đơn vị)[^;]*liên\s+quan$", re.I
)
_LEAD_VERB = re.compile(r"\s*\(?\s*(?:là\s+cơ\s+quan\s+)?chủ\s+trì(?![\wÀ-ỹ])", re.I)


def label_owners(value: str, owner_label: bool = False) -> Owners:
    """Owners written in a label ("Đơn vị chủ trì: …", "Cơ quan thực hiện: …").

    Each ";"-part is cut where its verb begins ("Sở Nội vụ chủ trì tham mưu …" -> "Sở Nội vụ"). When a
    "Cơ quan thực hiện" label says who "chủ trì", that agency leads and the others coordinate; the catch-all
    "các cơ quan … có liên quan" of such a label coordinates.
    """
    leads: list[str] = []
    coords: list[str] = []
    chairs: list[str] = []
    value = re.sub(r"\s*\(\s*chủ\s+trì\s*\)\s*[,;]?\s*", " chủ trì; ", value, flags=re.I)  # "X (chủ trì), Y"
    for part in re.split(r"\s*;\s*", value.strip().rstrip(".")):
        part = part.strip()
        if not part:
            continue
        found = scan_agency_phrase(part, 0, loose=True)
        phrase = found[0] if found else _until_verb(part)
        if not phrase:
            continue
        names = split_agencies(phrase)
        rest = part[len(phrase) :] if found else ""
        if _LEAD_VERB.match(rest):
            chairs.extend(names)
        elif re.match(r"\s*phối\s+hợp", rest, re.I):
            coords.extend(names)
        else:
            leads.extend(names)
    if chairs:
        return Owners(chairs, leads + coords)
    if owner_label:
        specific = [n for n in leads if not _CATCH_ALL.match(n)]
        if specific:
            return Owners(specific, [n for n in leads if _CATCH_ALL.match(n)] + coords)
    return Owners(leads, coords)


def _until_verb(text: str) -> str:
    """A name the head words do not know ("Doanh nghiệp viễn thông"): up to its verb or clause mark."""
    m = _STOP_RE.search(text, 1)
    return text[: m.start()].strip(" ,") if m else text.strip(" ,")


def acting_subject(text: str) -> Owners | None:
    """Owners of a sentence that opens with an agency followed by its verb ("Ủy ban Kiểm tra chủ trì …"),
    not by a list mark (a sentence that merely continues a list of names)."""
    found = scan_agency_phrase(text.strip(), 0)
    if not found:
        return None
    after = text.strip()[found[1] :].lstrip()
    if not _PREDICATE.match(after) and not _ends_at_department(found[0], after):
        return None
    return subject_owners(text)


_PLACE_NAME = re.compile(cap(r"(?:[Tt]ỉnh|[Tt]hành\s+phố)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)+"))
_OBLIGED = re.compile(r"\s*(?:cần|phải|có\s+trách\s+nhiệm)(?![\wÀ-ỹ])")


_CLOSING_GIAO = re.compile(cap(r"(?:^|(?<=[,;:]))\s*[Gg]iao(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))
_LAST_SENTENCE = re.compile(cap(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])"))


_GIVES = re.compile(r"\s+giao(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ]|các\s)")


def _giver_gives(sentence: str) -> int | None:
    """round 64 (set 48): where the bodies start in a sentence whose subject gives them the work ("Chủ tịch Ủy ban
    nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với …:"), or None: the giver named before "giao" (lowercase, the
    verb) is the one who assigns, as "Giao" opening the sentence leaves the giver unsaid."""
    found = scan_agency_phrase(sentence, 0)
    if not found:
        return None
    gives = _GIVES.match(sentence, found[1])
    return gives.end() if gives else None


def group_lead(text: str, *, heading: bool = False) -> Owners | None:
    """The owners a group's lead line gives every item listed under it: "Giao Sở X chủ trì, phối hợp với
    các cơ quan liên quan:", "Giao Sở Nội vụ:", "Sở X chủ trì, phối hợp với Sở Y thực hiện các nhiệm vụ
    sau:". The line assigns (it opens with "Giao", or its agency "chủ trì"), and ends with a colon — or is
    the numbered heading of those items ("8.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành")."""
    s = text.strip()
    if not (s.endswith(":") or heading):
        return None
    last = _LAST_SENTENCE.split(s)[-1]
    closing = list(_CLOSING_GIAO.finditer(last)) if s.endswith(":") else []
    if closing and closing[-1].start() > 0:
        last = "Giao " + last[closing[-1].end() :]  # "…, giao Sở X:" closing the lead-in
    elif s.endswith(":") and (giver := _giver_gives(last)) is not None:
        last = (
            "Giao " + last[giver:]
        )  # round 64: "…; Chủ tịch UBND tỉnh giao Sở X chủ trì …:" — the giver is no owner
    if s.endswith(":") and last != s:
        # "1. Về giải phóng mặt bằng: Tiến độ còn chậm. Giao UBND xã A:" — the sentence that ends the lead-in
        # assigns the items under it
        return group_lead(last)
    s = _LEAD_IN.sub("", s, count=1)  # "Về chỉ số PCI: Giao Sở X (cơ quan thường trực) chủ trì …:"
    if not plausible_subject(_ASSIGN.sub("", s, count=1)):
        return None
    assigns = s.startswith("Giao")
    if not assigns:
        found = scan_agency_phrase(s, 0)
        if not found or not _LEAD_VERB.match(s[found[1] :]):
            return None
    owners = subject_owners(s)
    return owners if owners and owners.lead else None


_IN_CHARGE = re.compile(
    r"\s*là\s+(?:(?:cơ\s+quan|đơn\s+vị|lực\s+lượng)\s+)?(?:chủ\s+lực|chủ\s+trì|đầu\s+mối|thường\s+trực)(?![\wÀ-ỹ])",
    re.I,
)


def intro_owner(text: str) -> list[str]:
    """Who a list's lead-in names as bound to do it ("Để …, tỉnh X cần tiếp tục thực hiện … các nội dung
    sau:", "Các sở, ngành có trách nhiệm:"): the subject of its main clause, after any purpose clause.

    A lead-in that opens by naming the body in charge ("Công ty X là đơn vị chủ lực, chịu trách nhiệm toàn
    diện …; Sở Y chịu trách nhiệm kiểm tra …", "Sở Z là đầu mối đôn đốc …:") gives the list to that body,
    however it ends."""
    s = text.strip()
    found = scan_agency_phrase(s, 0) if plausible_subject(s) else None
    if found and _IN_CHARGE.match(s, found[1]):
        return split_agencies(found[0])
    if not text.rstrip().endswith(":"):
        return []
    group = group_lead(text)
    if group:
        return group.lead
    starts = [0] + [m.end() for m in re.finditer(r",\s+", text)]
    for pos in starts:
        found = scan_agency_phrase(text, pos)
        if not found:
            place = _PLACE_NAME.match(text, pos)
            found = (place.group(0), place.end()) if place else None
        if found and _OBLIGED.match(text, found[1]):
            return split_agencies(found[0])
    # round 15: a lead-in that asks a body to do the list ("Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo …; trong
    # đó lưu ý một số nội dung trọng tâm sau:") gives it to the body asked, as a letter's preamble does
    return request_addressee(text)


_REQUEST = re.compile(r"(?<![\wÀ-ỹ])(?:yêu\s+cầu|đề\s+nghị)\s+", re.I)


# a closing sentence that only points at the list ("Cụ thể:", "Cụ thể như sau:", "Như sau:")
_POINTER_ONLY = re.compile(r"^(?:Cụ\s+thể(?:\s+(?:là|như\s+sau))?|Như\s+sau)\s*:$")


def request_addressee(text: str) -> list[str]:
    """Who a closing request of a lead-in asks to do the list after it ("…, Bộ X yêu cầu các cơ quan, đơn vị:",
    "Để làm tốt việc này, yêu cầu cấp ủy, chính quyền các cấp tập trung thực hiện các nhiệm vụ sau:"): the
    addressee does the items, not the one who asks."""
    s = text.strip()
    if not s.endswith(":"):
        return []
    sentences = _LAST_SENTENCE.split(s)
    if len(sentences) > 1 and _POINTER_ONLY.match(sentences[-1]):
        sentences.pop()  # round 17: "… đề nghị A; B thực hiện … . Cụ thể:" asks in the sentence before the pointer
    last = sentences[-1]
    asks = list(_REQUEST.finditer(last))
    if not asks:
        return []
    found = scan_agency_phrase(last, asks[-1].end(), loose=True)
    return split_agencies(found[0]) if found else []


_TIMING_START = (
    r"(?:hoàn\s+thành|thời\s+(?:gian|hạn)|trước|trong|chậm\s+nhất|định\s+kỳ|hằng|hàng|thường\s+xuyên|từ|"
    r"quý|tháng|năm|báo\s+cáo\s+kết\s+quả)"
)
_ONLY_ASSIGNS = re.compile(
    r"(?:(?:là\s+cơ\s+quan\s+|chịu\s+trách\s+nhiệm\s+)?chủ\s+trì"
    r"(?:\s*,?\s*phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?\s+(?P<coord>[^;.]*?))?"
    r"(?:\s*,?\s*(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?))?"
    r"|(?:(?:có|chịu)\s+trách\s+nhiệm\s+)?(?:tổ\s+chức\s+)?thực\s+hiện|triển\s+khai\s+thực\s+hiện)"
    r"(?:\s+(?:nghiêm(?:\s+túc)?|kịp\s+thời|đúng\s+quy\s+định|có\s+hiệu\s+quả))?"
    rf"\s*(?:[.;]?\s*$|[.;,]\s*(?={_TIMING_START}(?![\wÀ-ỹ])))",
    re.I,
)


def assignment_sentence(sentence: str) -> Owners | None:
    """Owners of a sentence that only says who does the work before it and by when ("Nâng cấp … . Sở X chủ
    trì, phối hợp với Sở Y thực hiện; hoàn thành trong Quý II/2026."): the assignment of that work, not a
    task of its own."""
    s = sentence.strip()
    found = scan_agency_phrase(s, 0)
    if not found or not plausible_subject(s):
        return None
    m = _ONLY_ASSIGNS.match(s[found[1] :].lstrip())
    if not m:
        return None
    coord = (m.group("coord") or "").strip(" ,")
    named = scan_agency_phrase(coord, 0) if coord else None
    if coord and not (named and named[1] >= len(coord)):  # "phối hợp với Sở Y xây dựng …" is work of its own
        return None
    owners = subject_owners(s)
    return owners if owners and owners.lead else None


_EMBEDDED_GIAO = re.compile(cap(r"(?<![\wÀ-ỹ])giao(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ])"))


def _ends_at_place(phrase: str, after: str) -> bool:
    """A name closed by its place ("UBND phường Văn Phú") and followed by a word in lower case: that word is the
    predicate, whatever the verb ("giao UBND phường Văn Phú tìm kiếm nhà đầu tư …")."""
    after = after.lstrip()
    return after[:1].islower() and bool(_place_end(phrase) or _NAMED_PLACE_END.search(phrase))


def _embedded_assignment(text: str) -> Owners | None:
    """ "Khi có kết quả đánh giá …, giao Sở Nội vụ chủ trì cùng với các đơn vị phân tích …": the item names
    who chairs it inside its first sentence, and that owner wins over its heading's. A clause that opens with
    "giao" ("Đối với các kiến nghị …, giao Văn phòng tổng hợp …") or a later sentence that opens by giving
    the work ("Dự án đã hoàn thành 80% khối lượng. Giao UBND xã A khẩn trương …") names the owner too."""
    first = _first_clause(text)
    for m in _EMBEDDED_GIAO.finditer(first):
        found = scan_agency_phrase(first, m.end())
        if (
            found
            and plausible_subject(first[m.end() :])
            and (_LEAD_VERB.match(first[found[1] :]) or _ends_at_place(found[0], first[found[1] :]))
        ):
            return Owners(split_agencies(found[0]), coordinators_in(first[found[1] :]))
    for m in _CLAUSE_GIAO.finditer(text):
        found = scan_agency_phrase(text, m.end())
        if (
            found
            and plausible_subject(text[m.end() :])
            and (
                _STOP_RE.match(text[found[1] :].lstrip())
                or _ends_at_place(found[0], text[found[1] :])
                or _ends_at_department(found[0], text[found[1] :])
            )
        ):
            return Owners(split_agencies(found[0]), coordinators_in(text[found[1] :]))
    return None


_CLAUSE_GIAO = re.compile(
    cap(
        r"(?:(?<=[,;:])\s*[Gg]iao|(?<=[.])\s+Giao"
        # a later sentence that draws the request from what came before: "… Vì vậy, đề nghị UBND các tỉnh căn cứ …"
        r"|(?<=[.])\s+" + _DRAWN_FROM + r",\s+(?:giao|đề\s+nghị|yêu\s+cầu))"
        r"(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ]|các\s)"
    )
)


_LATER_SENTENCE = re.compile(cap(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])"))


def _assigning_sentence(text: str) -> Owners | None:
    """The owners named by a later sentence of the item that only assigns the work before it."""
    starts = [m.end() for m in _LATER_SENTENCE.finditer(text)]
    for a, b in zip(starts, [*starts[1:], len(text)], strict=False):
        owners = assignment_sentence(text[a:b])
        if owners:
            return owners
    return None


# round 121: the owner written after the work, in a bracket that closes the item ("Xây dựng Quy chế bảo vệ bí mật
# nhà nước … (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh).", as Sơn La 254 writes it): the bracket
# only says who does the work before it, as a later sentence that only assigns does (`assignment_sentence`)
_CLOSING_BRACKET = re.compile(r"\((?P<inner>[^()]+)\)\s*[.;]?/?\s*$")
_GIVEN = re.compile(cap(r"^(?:Giao|giao)(?:\s+cho)?\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))


def _closing_assignment(text: str) -> Owners | None:
    """The owners a bracket closing the item names, when it only assigns the work before it (its "Giao" left out)."""
    s = text.strip()
    m = _CLOSING_BRACKET.search(s)
    if m is None or len(s[: m.start()].split()) < 3:
        return None
    inner = _GIVEN.sub("", m.group("inner").strip(), count=1)
    inner = inner[:1].upper() + inner[1:]
    found = assignment_sentence(inner)
    if found is None:
        # a name that goes on past the words read as the body's ("Ủy ban nhân dân cấp xã nơi có đất thu hồi …
        # chủ trì"): the bracket still only assigns when its "chủ trì …" says nothing more (`_ONLY_ASSIGNS`)
        chairs = [c.end() for c in re.finditer(r"\s(?=chủ\s+trì(?![\wÀ-ỹ]))", inner)]
        if chairs and _ONLY_ASSIGNS.match(inner[chairs[-1] :]) and plausible_subject(inner):
            found = subject_owners(inner[: chairs[-1]].rstrip() + " chủ trì")
    return found if found and found.lead else None


_GIVES_WORK = re.compile(
    cap(r"^(?:Giao(?:\s+cho)?|Đề\s+nghị|Yêu\s+cầu|Chỉ\s+đạo|Phân\s+công)\s+(?=[A-ZĐÀ-Ỹ]|các\s)")
)
# what an assessment says an agency has done or is: "Sở X đã chủ động …", "Sở X còn chậm …"
_STATUS = re.compile(
    r"(?:đã|đang|chưa|vẫn|còn|luôn|được|bị|cơ\s+bản|bước\s+đầu|đạt|là|có\s+(?!trách\s+nhiệm))(?![\wÀ-ỹ])",
    re.I,
)


def assigns_work(text: str) -> bool:
    """Does the sentence give work to someone: "Giao / Đề nghị / Yêu cầu <agency> …", or an agency followed by
    what it is to do ("Sở Tài chính chủ trì tham mưu …"), not by what it has done ("Sở X đã triển khai …")?"""
    s = text.strip()
    drawn = _DRAWN_REQUEST.match(s)
    if drawn:  # round 41: "Từ những vấn đề trên, đề nghị UBND các xã …": the request after its connective
        s = s[drawn.end()].upper() + s[drawn.end() + 1 :]
    if _GIVES_WORK.match(s):
        found = subject_owners(s)
        return bool(found and found.lead)
    basis = re.match(_BASIS, s) or re.match(_DELIBERATION, s, re.I) or re.match(_PURPOSE_FIRST, s)
    if basis and scan_agency_phrase(s, basis.end()):
        s = s[basis.end() :]  # round 18: "Trên cơ sở …, Bộ X làm việc với …": the basis, then the body asked
    subject = scan_agency_phrase(s, 0)
    if not subject or _STATUS.match(s[subject[1] :].lstrip()):
        return False
    found = acting_subject(s)
    return bool(found and found.lead)


# what a second subject goes on to do: work of its own, not a preposition or a partner's role
_OWN_WORK = re.compile(
    r"(?:chủ\s+trì|tổ\s+chức|thực\s+hiện|triển\s+khai|xây\s+dựng|hoàn\s+thành|hoàn\s+thiện|rà\s+soát|tham\s+mưu|lập|"
    r"chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm|khẩn\s+trương|chủ\s+động|tập\s+trung|tiếp\s+tục|thẩm\s+định|"
    r"bố\s+trí|hướng\s+dẫn|kiểm\s+tra|báo\s+cáo|được\s+(?:phân\s+công|giao))(?![\wÀ-ỹ])"
)


_DIRECTS = re.compile(r"\s*chỉ\s+đạo(?![\wÀ-ỹ])")


@cached_copies(list)
def second_subjects(text: str) -> list[str]:
    """Another subject inside the item's first sentence, after a clause that ends with something other than
    a name: "Sở X chủ trì hướng dẫn …, UBND các xã tổ chức lập quy hoạch …" — UBND các xã owns its part.
    A name that continues a list of names ("hướng dẫn UBND các xã, UBND các phường triển khai") does not."""
    first = _first_clause(text.strip(), _SENTENCE_STOP)
    subject = scan_agency_phrase(first, 0) or ("", 0)
    out: list[str] = []
    # with no subject at the start, only a new clause after ";" names one ("Tiếp tục rà soát …; các đơn vị có
    # trách nhiệm báo cáo kết quả …")
    for m in re.finditer(r"[,;]\s+" if subject[0] else r";\s+", first):
        if m.start() <= subject[1]:
            continue
        grounds = subject[0] and _ends_grounds(first, m.start())
        # round 40: after ";" a named body with its own verb opens a clause of its own ("Ban A đẩy nhanh tiến độ Dự
        # án X Phú Thịnh; Ban B đẩy nhanh tiến độ tuyến đường …"), even after a clause that ends with a name (as a
        # later sentence's named body does); "…; các xã, phường tổ chức triển khai" after "hướng dẫn A, B" goes on
        # with the bodies guided
        acts = (
            m.group(0).startswith(";")
            and bool(subject[0])
            and first[m.end() : m.end() + 1].isupper()
            and _acts(first[m.end() :])
        )
        if not grounds and not acts and _ends_with_name(first[: m.start()]):
            continue
        found = scan_agency_phrase(first, m.end())
        if not found or not plausible_subject(first[m.end() :]):
            continue
        if grounds:
            # round 38: "…, trên cơ sở đề xuất của Bộ X, Bộ Tài chính tổng hợp …": the name that ends the basis is
            # whose proposal the step rests on, the body after its comma does the step
            if _LATER_WORK.match(first[found[1] :].lstrip()):
                out.extend(split_agencies(found[0]))
            continue
        before = first[subject[1] : m.start()]
        if re.search(r"phối\s+hợp|(?<![\wÀ-ỹ])(?:với|cùng|cho)(?![\wÀ-ỹ])", before.rsplit(",", 1)[-1], re.I):
            continue
        if _DIRECTS.match(before) and ";" not in first[subject[1] : m.end()]:
            continue  # "X chỉ đạo lực lượng A, các đơn vị B triển khai …": the bodies X directs, listed
        if acts or _OWN_WORK.match(first[found[1] :].lstrip()):
            out.extend(split_agencies(found[0]))
    return out


def _acts(clause: str) -> bool:
    """Does the clause open with a body followed by its verb?"""
    found = acting_subject(clause)
    return bool(found and found.lead)


# a later clause that opens with its own body doing its own part: a new sentence, or "; đồng thời" / ", đồng thời"
# round 16: "…; trên cơ sở đó, Ban X … xây dựng kế hoạch …": a clause that builds on the first part's result opens a
# step of its own, as a later sentence does
_BUILDS_ON = r"(?:[Tt]rên\s+cơ\s+sở\s+đó|[Ss]au\s+đó|[Tt]ừ\s+đó),\s+"
_LATER_CLAUSE = re.compile(
    cap(rf"(?<=[.])\s+(?=[A-ZĐÀ-Ỹ])|[;,]\s+đồng\s+thời,?\s+|;\s+(?={_BUILDS_ON}[A-ZĐÀ-Ỹ])")
)
_PURPOSE = re.compile(cap(rf"(?:(?:Để|Nhằm)\s[^,;:.]{{3,120}},\s+|{_BUILDS_ON})(?=[A-ZĐÀ-Ỹ])"))
# round 38: a basis or a condition opens a later clause before its body as a purpose does ("… . Trên cơ sở đề xuất
# của các địa phương, Bộ Tài chính khẩn trương …", "… . Sau khi kiểm tra, Ủy ban nhân dân xã lập danh sách …"): the
# body after its comma does that part, whatever body the basis itself names (whose proposal it rests on)
_GROUNDS_WORDS = r"(?:[Tt]rên\s+cơ\s+sở|[Cc]ăn\s+cứ|[Ss]au\s+khi)\s+(?!đó(?![\wÀ-ỹ]))"
GROUNDS = re.compile(cap(rf"{_GROUNDS_WORDS}[^,;:.]{{3,200}},\s+(?=[A-ZĐÀ-Ỹ])"))
_GROUNDS_CLAUSE = re.compile(rf"[,;]\s+{_GROUNDS_WORDS}[^,;:.]{{3,200}}$")


def _ends_grounds(text: str, comma: int) -> bool:
    """Does the clause that ends at this comma open with a basis or a condition (", trên cơ sở đề xuất của Bộ X")?"""
    return bool(_GROUNDS_CLAUSE.search(text, max(0, comma - 260), comma))


# round 16: a later sentence that puts its own request ("… . Yêu cầu Nhà đầu tư (Tập đoàn X) rà soát …") hands that
# part to the body it names
_LATER_REQUEST = re.compile(cap(r"(?:Yêu\s+cầu|Đề\s+nghị|Giao)\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))
# round 21: a later sentence that singles out one body ("… . Riêng Trường A chuẩn bị chu đáo …") gives it that part
_SINGLED_OUT = re.compile(cap(r"Riêng\s+(?=[A-ZĐÀ-Ỹ]|các\s)"))
# a project's role named with its body in brackets: "Nhà đầu tư (Tập đoàn X)" is the body
_ROLE_NAMED = re.compile(cap(r"(?:Nhà\s+đầu\s+tư|Chủ\s+đầu\s+tư|Nhà\s+thầu)\s*\(\s*(?=[A-ZĐÀ-Ỹ])"))
_LATER_WORK = re.compile(rf"(?:{_OWN_WORK.pattern}|(?:tổng\s+hợp|đề\s+xuất|phối\s+hợp\s+với)(?![\wÀ-ỹ]))")


_SEMICOLON_CLAUSE = re.compile(cap(r";\s+(?=[A-ZĐÀ-Ỹ])"))
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def _later_clause_starts(text: str) -> list[int]:
    """Where later clauses open: each later sentence, and (round 25) each clause after ";" inside a later sentence
    that opens with a capital ("… . Sở A chịu trách nhiệm …; Sở B chịu trách nhiệm …"), as second_subjects reads the
    first sentence's."""
    starts = []
    for m in _LATER_CLAUSE.finditer(text):
        starts.append(m.end())
        if m.group(0).lstrip().startswith((";", ",")):
            continue
        end = _SENTENCE_END.search(text, m.end())
        starts += [
            c.end() for c in _SEMICOLON_CLAUSE.finditer(text, m.end(), end.start() if end else len(text))
        ]
    return starts


def _opens_with_body(text: str) -> bool:
    """Does a later sentence of the item open with a body of its own ("… . Bộ X với vai trò …, chủ động …")?"""
    for start in _later_clause_starts(text):
        found = scan_agency_phrase(text, start)
        if found and found[0][:1].isupper() and plausible_subject(text[start:]):
            return True
    return False


def later_subjects(text: str) -> list[str]:
    """Bodies that open a later sentence or a "đồng thời" clause of the item and do their own part of the work
    ("… . Phòng Kế hoạch - Tổng hợp tổng hợp, báo cáo …", "…; đồng thời UBND phường A đề xuất mở rộng …"): each
    owns that part, beside the item's first subject."""
    out: list[str] = []
    for start in _later_clause_starts(text):
        # round 15: a purpose may open the sentence before its body ("… . Để xác định vị trí của dự án, Ủy ban nhân
        # dân tỉnh A phối hợp với … rà soát …")
        purpose = _PURPOSE.match(text, start) or GROUNDS.match(text, start)
        at = purpose.end() if purpose else start
        request = _LATER_REQUEST.match(text, at) or _SINGLED_OUT.match(text, at)
        at = request.end() if request else at
        role = _ROLE_NAMED.match(text, at)
        found = scan_agency_phrase(text, role.end() if role else at)
        if not found or not found[0][:1].isupper() or not plausible_subject(text[at:]):
            continue
        end = found[1]
        if role:  # "Nhà đầu tư (Tập đoàn X) rà soát …": the work follows the bracket
            close = re.match(r"\s*\)", text[end:])
            if not close:
                continue
            end += close.end()
        if (request or _LATER_WORK.match(text[end:].lstrip())) and not answers_to_superior(text[at:]):
            out.extend(split_agencies(found[0]))
    return out


# "Chủ tịch UBND cấp xã chịu trách nhiệm toàn diện trước Chủ tịch UBND tỉnh nếu để xảy ra …": who answers to a
# superior for the work, not a part of the work
_ANSWERABLE = re.compile(
    r"chịu\s+trách\s+nhiệm(?:\s+(?:toàn\s+diện|trực\s+tiếp|cá\s+nhân))?\s+trước(?![\wÀ-ỹ])", re.I
)


def answers_to_superior(sentence: str) -> bool:
    """Does the sentence only say whom its subject answers to ("X chịu trách nhiệm (toàn diện) trước Y …")? Such a
    sentence names the one accountable, no body doing a part of the work (round 14)."""
    found = scan_agency_phrase(sentence.strip(), 0)
    return bool(found and _ANSWERABLE.match(sentence.strip()[found[1] :].lstrip()))


# round 83 (set 60): how many words a name ending a clause may run to; a list of kinds of body read as one name ("các
# sở, ban, ngành, tổ chức chính trị - xã hội", eleven words) runs past ten, and a shorter window saw only its tail,
# which no name opens, so the body after its comma ("…, Ủy ban nhân dân các xã, phường triển khai …", the next body
# of the list guided) was read as a second subject
NAME_END_WORDS = 16


def _ends_with_name(text: str) -> bool:
    """Does an agency name end the text ("… hướng dẫn UBND các xã")?"""
    words = _last_word_starts(text, NAME_END_WORDS)
    end = len(text.rstrip())
    for pos in words:
        found = scan_agency_phrase(text, pos)
        if found and found[1] >= end:
            return True
    return False


_WORD_START = re.compile(r"(?<!\S)\S")


def _last_word_starts(text: str, k: int) -> list[int]:
    """Where the last k words of text start, looked for in a tail that widens until it holds k of them: a
    clause is asked about at each of its commas, and finding every word of it each time was quadratic."""
    width = 16 * k
    while True:
        start = max(0, len(text) - width)
        found = [m.start() for m in _WORD_START.finditer(text, start)]
        if len(found) >= k or start == 0:
            return found[-k:]
        width *= 2
