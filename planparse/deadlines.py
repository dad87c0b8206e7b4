"""Timing phrases of Vietnamese plans -> normalised deadline, period and recurrence.

Two modes: `parse_deadline` reads a timing phrase (a table cell, a "Thời gian thực hiện:" field) and takes
every date it finds; `find_deadline` reads a task sentence and only takes dates introduced by a timing cue
("hoàn thành trong", "trước ngày", "chậm nhất") so that periods inside names of documents or programmes
("Đề án … giai đoạn 2021-2030") are not mistaken for deadlines.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .text import cached_copies, nfc

Recurrence = str  # "yearly" | "half-yearly" | "quarterly" | "monthly"


@dataclass
class Deadline:
    """A normalised timing phrase; `date` is the end of the period, None for continuous or recurring work."""

    text: str | None = None
    date: dt.date | None = None
    period: tuple[dt.date, dt.date] | None = None
    recurrence: Recurrence | None = None
    anchors: list[str] = field(default_factory=list)
    continuous: bool = False
    start: dt.date | None = None
    ambiguous: bool = False

    @property
    def empty(self) -> bool:
        """True when no timing information was found at all."""
        return self.text is None


def _copy_deadline(dl: Deadline) -> Deadline:
    """A caller's own copy of a kept answer (`cached_copies`): its fields may be set, its anchors extended."""
    return replace(dl, anchors=list(dl.anchors))


@dataclass
class _Hit:
    start: int
    end: int
    kind: str  # "date" | "recur" | "continuous" | "vague"
    first: dt.date | None = None
    last: dt.date | None = None
    recurrence: str | None = None
    anchors: list[str] = field(default_factory=list)
    is_start: bool = False
    following_years: bool = False
    span: bool = False  # a range of years written "2013 đến năm 2020": "Từ" before it opens the range
    opened: bool = False  # such a range after "từ": the period of the work, cued by its "từ"
    in_force: int | None = None  # round 33: where "để/và có hiệu lực từ" opens before the day it is due


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YSEP = r"\s*(?:/|-|–|,)?\s*(?:năm\s+)?"
_QUARTER = re.compile(r"\bqu[ýyí]\s*(iv|i{1,3}|[1-4])\b" + _YSEP + r"(\d{4})", re.I)
# round 104: the count written with its zero, as plans write counts ("06 tháng đầu năm 2026")
_HALF = re.compile(r"\b(0?6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s*(\d{4})", re.I)
_Q = r"(?:iv|i{1,3}|[1-4])"
# "Quý II, III/2026", "Quý II và III năm 2026": the period ends with the last quarter named
_QUARTERS = re.compile(
    rf"\bqu[ýyí]\s*({_Q}(?:\s*(?:,|và|-|–)\s*(?:qu[ýyí]\s*)?{_Q})+)\b" + _YSEP + r"(\d{4})", re.I
)
# "tháng 6-7/2026", "tháng 6, 7 năm 2026": the last month named
_MONTHS = re.compile(
    r"\btháng\s+(\d{1,2})((?:\s*(?:,|và|-|–)\s*(?:tháng\s+)?\d{1,2})+)\s*(?:/|năm)\s*(\d{4})", re.I
)
_MONTH = re.compile(r"\b(?:(đầu|giữa|cuối)\s+)?tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*(\d{4})", re.I)
_DMY = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DMY_WORDS = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_YEAR_RANGE = re.compile(
    r"(?<![\d/])((?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?((?:19|20)\d{2})(?![\d/])", re.I
)
# a timing cell that is a bare year ("2026"), or one followed by the cycle that carries it on ("2026 và hằng
# năm", "2026, hằng năm": the first year's end, then yearly; round 30). Round 111 (set 65): also one followed by
# "và những/các năm tiếp theo" ("2025 và những năm tiếp theo"), which the golds read as "Năm X và các năm tiếp
# theo" (X-12-31, yearly): the cell drops "Năm" as "2026 và hằng năm" does
_YEAR = re.compile(
    r"\bnăm\s+((?:19|20)\d{2})(?![\d/])"
    r"|^\s*((?:19|20)\d{2})\s*(?:$|(?=(?:,|;|và)\s*(?:(?:hằng|hàng|mỗi)\s+năm\b"
    r"|(?:các|những)\s+năm\s+tiếp\s+theo\b)))",
    re.I,
)
_FOLLOWING = re.compile(r"^\s*(?:và|,)\s*(?:các|những)\s+năm\s+tiếp\s+theo", re.I)
# the recurrence patterns open with a look-ahead of the letters they can start with, as _TIMING_WORDS
_RECUR = re.compile(
    r"(?=[đtvnhm])(?:(định\s+kỳ)\s+)?(?:(?:trước\s+|vào\s+)?ngày\s+(\d{1,2}(?:\s*(?:/|tháng)\s*\d{1,2})?"
    r"(?:\s*(?:và|,|;)\s*(?:ngày\s+)?\d{1,2}(?:\s*(?:/|tháng)\s*\d{1,2})?)*)\s+)?"
    r"\b(hằng|hàng|mỗi)\s+(năm|quý|quí|tháng|học\s+k[ỳì])(?!\s*(?:/|-)?\s*\d{4})",
    re.I,
)
# "báo cáo thường niên", "hội nghị thường niên": annual, the written twin of "hằng năm"
_ANNUAL = re.compile(r"(?<![\wÀ-ỹ])thường\s+niên(?![\wÀ-ỹ])", re.I)
_HALF_RECUR = re.compile(
    r"(?=[đ0-9s])(?:(định\s+kỳ)\s+)?\b(?:0?6|sáu)\s+tháng(?!\s+(?:đầu|cuối))"
    r"(?:\s+(?:một|1|01)\s+lần|\s*/\s*(?:0?1\s+)?lần(?![\wÀ-ỹ]))?",
    re.I,
)
# "trước ngày 05 của tháng liền kề" / "… tháng cuối quý": a due day every month (or quarter)
_MONTHLY_DAY = re.compile(
    r"trước\s+ngày\s+(\d{1,2})\s+(?:của\s+)?(?:tháng\s+(?:liền\s+kề|tiếp\s+theo|kế\s+tiếp|sau)|mỗi\s+tháng"
    r"|(tháng\s+cuối\s+(?:mỗi\s+)?quý|tháng\s+đầu\s+(?:của\s+)?quý\s+(?:sau|tiếp\s+theo|liền\s+kề)))",
    re.I,
)
# round 17: a month or a week of every quarter ("vào tuần cuối cùng của tháng thứ 3 trong quý", "tháng thứ hai của
# mỗi quý"): a duty each quarter
_QUARTER_PART = re.compile(
    r"(?=[t])tháng\s+thứ\s+(?:\d|nhất|hai|ba)\s+(?:của|trong)\s+(?:mỗi\s+|hằng\s+|hàng\s+|từng\s+)?(?:quý|quí)"
    r"(?![\wÀ-ỹ])(?!\s*(?:/|-)?\s*(?:\d|I|V))",
    re.I,
)
# "định kỳ báo cáo … trước ngày 20/11" (no year) and "hằng năm (trước ngày 15 tháng 11)": a yearly due day
# (round 103: the first also with its day written "trước ngày 20 tháng 11", as the second already was)
_YEARLY_DAY = re.compile(
    r"(?=[đh])(?:định\s+kỳ\b[^.;()]{0,80}?trước\s+ngày\s+(\d{1,2})\s*(?:/|tháng)\s*(\d{1,2})(?!\d|\s*(?:/|năm)\s*\d)"
    r"(?!\s+(?:hằng|hàng))"
    r"|(?:hằng|hàng)\s+năm\s*\(\s*trước\s+ngày\s+(\d{1,2})\s*(?:/|tháng)\s*(\d{1,2})(?!\s*(?:/|năm)\s*\d))",
    re.I,
)
# "trước ngày 31/01 năm liền kề", "chậm nhất là ngày 31/12 năm trước liền kề": a due day every year, counted
# from the year reported on (the yearly twin of "trước ngày 05 của tháng liền kề")
_NEXT_YEAR_DAY = re.compile(
    r"(?=[tch])(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót)\s+(?:ngày\s+)?(\d{1,2})\s*(?:/|tháng)\s*(\d{1,2})\s+(?:của\s+)?"
    r"năm\s+(?:liền\s+kề|tiếp\s+theo|kế\s+tiếp|sau|trước(?:\s+liền\s+kề)?)(?![\wÀ-ỹ])",
    re.I,
)
# round 28: "báo cáo … 3 tháng một lần", "định kỳ 03 tháng/lần", "01 tháng/lần": a count of months written as the
# length of a cycle (the six-month twin is `_HALF_RECUR`): every quarter, every month
_EVERY_MONTHS = re.compile(
    r"(?=[đ0-9bm])(?:định\s+kỳ\s+)?(?<![\d,.])\b(0?1|một|0?3|ba)\s+tháng\s*(?:(?:một|1)\s+lần|/\s*(?:1\s+)?lần)(?![\wÀ-ỹ])"
    r"|(?<![\wÀ-ỹ])định\s+kỳ\s+(0?3|ba)\s+tháng(?!\s+(?:đầu|cuối|qua|tới|trước))(?![\wÀ-ỹ])",
    re.I,
)
# round 33 (set 30): a count of events a year ("Số lượng: 02 hội nghị/năm", "tổ chức 03 lớp tập huấn/năm", "02 đợt
# kiểm tra/năm"): the events come round every year, so the work recurs yearly (a sum of money a year, "50.000.000
# đồng/năm", names no event and is no cycle)
# round 50 (set 43): a count of events a quarter or a month ("duy trì công tác giao ban ít nhất 01 lần/tháng", "02
# buổi/quý") is the cycle of that period, as a count a year is the yearly one
_PER_YEAR = re.compile(
    r"(?<![\d.,])\b\d{1,2}\s+(?:hội\s+nghị|hội\s+thảo|hội\s+thi|cuộc|lớp|đợt|lần|buổi|phiên|chuyến|kỳ)"
    # round 65 (set 47): the period counted as one ("ít nhất 01 lần/01 năm") is the same period
    r"(?:\s+[^\s/\d.,;:]+){0,3}?\s*/\s*(?:0?1\s+)?(năm|quý|quí|tháng)(?![\wÀ-ỹ])",
    re.I,
)
_VAGUE = re.compile(r"(?=đ)\bđịnh\s+kỳ\b(?!\s+(?:hằng|hàng|6|sáu|trước\s+ngày[^.;]*?\b(?:hằng|hàng)))", re.I)
_CONTINUOUS = re.compile(r"(?=t)(?:thực\s+hiện\s+)?\bthường\s+xuyên\b", re.I)
_START_CUE = re.compile(r"(?:kể\s+từ|bắt\s+đầu\s+từ|từ)\s+(?:ngày\s+|tháng\s+|năm\s+)?$", re.I)
# round 42: "từ ngày 05/02/2026 - " before a second full day: the dash closes the range the "từ" opened
_DASHED_RANGE = re.compile(
    r"(?<![\wÀ-ỹ])từ\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[-–—]\s*(?:ngày\s+)?$", re.I
)
# round 28: "cơ bản xong trong hai năm 2012 - 2013": the years counted before the years named
_YEARS_COUNTED = r"(?:\s+(?:hai|ba|bốn|năm|0?[2-9])\s+năm)?"
_STRONG_CUE = re.compile(
    r"(?:(?:hoàn\s+thành|xong|thực\s+hiện|triển\s+khai|ban\s+hành|trình)\s+)?"
    rf"(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|thời\s+hạn|hoàn\s+thành(?:\s+trong{_YEARS_COUNTED})?|xong\s+trong{_YEARS_COUNTED}"
    # round 28: "Kết thúc năm 2013, Chính phủ báo cáo …": the end of the period is when the work is due
    r"|(?<!sau\skhi\s)(?<!sau\s)kết\s+thúc)"
    # round 18: an hour of the day before it ("trước 17 giờ ngày 27/11/2025", "trước 16h00 ngày …")
    # round 44: a comma between the hour and the day ("trước 17 giờ 00 phút, ngày 05/12/2025")
    # round 64: the hour written with "g" ("trước 11g00 ngày 06/11/2025", "trước 14g ngày …")
    r"(?:\s+\d{1,2}\s*(?:giờ|h|g(?![a-zà-ỹ]))(?:\s*\d{2}(?:\s*phút)?)?\s*,?)?"
    r"\s*(?:ngày|trong|vào|thời\s+điểm)?\s*(?:ngày)?\s*$",  # "trước thời điểm 30/4/2026" as "trước ngày"
    re.I,
)
# round 28: "vào kỳ chi trả tháng 12 năm 2025", "tại kỳ họp tháng 12/2025", "trong đợt kiểm tra quý III/2026": a round
# of recurring work named before its date is when the work is done
_ROUND_OF = r"(?:kỳ|đợt)(?:\s+[^\s\d,;.()]+){1,3}?"
_WEAK_CUE = re.compile(
    r"(?:(?:hoàn\s+thành|thực\s+hiện|triển\s+khai|tổ\s+chức)\s+)?(?:trong"
    + _YEARS_COUNTED
    + r"|đến\s+hết|đến|tới|từ|kể\s+từ|vào|tại(?=\s+(?:kỳ|đợt)\s))"
    r"\s*(?:ngày|giai\s+đoạn|thời\s+gian|" + _ROUND_OF + r")?\s*$",
    re.I,
)
_DOC_CONTEXT = re.compile(
    r"\b(?:Đề\s+án|Chương\s+trình|Chiến\s+lược|Nghị\s+quyết|Kế\s+hoạch|Quy\s+hoạch|Dự\s+án|Kết\s+luận|"
    r"Quyết\s+định|Chỉ\s+thị|Nghị\s+định|Thông\s+tư|Luật|[Pp]hương\s+án|định\s+hướng|tầm\s+nhìn|thời\s+kỳ)\b"
)
_BARE_RECUR_OK_AFTER = re.compile(
    r"(?:^|[,;.:(]|\bđịnh\s+kỳ|\bbáo\s+cáo|\btổ\s+chức|\bthực\s+hiện|\btriển\s+khai|\bđánh\s+giá|\btổng\s+hợp"
    r"|\bcập\s+nhật|\brà\s+soát|\bkiểm\s+tra|\bxuyên)\s*$",
    re.I,
)
# "tự đánh giá chỉ số cải cách hành chính hằng tháng": a recurring act (assess, compile, publish, survey) and
# its object, then the period, in one clause: the act recurs, whatever noun stands between
# (round 19: "vào chỉ tiêu đánh giá kết quả thực hiện nhiệm vụ hằng năm": the criteria of an assessment are a noun,
# no act; "phân bổ nguồn lực hằng năm", "bố trí kinh phí hằng năm": an allocation is made each year)
_PERIODIC_ACT = re.compile(
    r"(?:^|(?<!tiêu)(?<!chí)\s)(?:đánh\s+giá|tổng\s+hợp|công\s+bố|công\s+khai|khảo\s+sát|kiểm\s+tra"
    r"|cập\s+nhật|phân\s+bổ|bố\s+trí)\s+(?:[^\s]+\s+){1,6}$",
    re.I,
)
# "báo cáo kết quả thực hiện hằng năm", "dự toán ngân sách … giao hàng năm", "đưa vào Kế hoạch cải cách hành
# chính hằng năm": a report, a budget or a plan cycle that recurs makes the task recur (a noun such as "khen
# thưởng hàng năm" does not, nor a plan named by its number, "Kế hoạch số 12/KH-UBND về … hằng năm")
# round 57 (round 54's convention: a budget or plan cycle qualified by "hằng năm" is yearly): also where the yearly
# plan stands beside a plan of another span ("kế hoạch 5 năm và hằng năm", "các kế hoạch 5 năm, kế hoạch hàng năm",
# "kế hoạch … hàng năm và 5 năm"; rounds 19, 33 and 40 read these as two kinds of plans, the golds' first reading)
# and where the work follows it ("theo kế hoạch hàng năm và dài hạn", as the shared corpus reads "Theo kế hoạch
# công tác tư pháp hàng năm"); a yearly plan cited as the basis of work with a cycle of its own ("căn cứ kế hoạch
# … hằng năm, định kỳ hằng tháng …") still does not time it
# round 72: the plan's subject may pair two nouns with a comma ("kế hoạch đào tạo, bồi dưỡng hằng năm"): one word
# pair after the comma, no clause
_RECURRING_NOUN = re.compile(
    r"\b(?:báo\s+cáo|ngân\s+sách|dự\s+toán|kế\s+hoạch(?!\s+số))\b[^.;:,()]{0,45}(?:,\s+[^\s.;:,()]+\s+[^\s.;:,()]+\s+)?$",
    re.I,
)
# "các chiến dịch tuyên truyền cao điểm hàng năm", "hội thi … hằng năm": an event held every year is held again each
# year by whoever holds it, so the task recurs (round 14)
_RECURRING_EVENT = re.compile(
    r"(?<![\wÀ-ỹ])(?:chiến\s+dịch|đợt\s+cao\s+điểm|hội\s+thi|cuộc\s+thi|hội\s+nghị|hội\s+thảo|diễn\s+đàn|"
    r"ngày\s+hội|tuần\s+lễ|tháng\s+hành\s+động)(?![\wÀ-ỹ])[^.;:,()]{0,45}$",
    re.I,
)
# "xác định chỉ tiêu, mục tiêu, nhiệm vụ hàng năm", "giao chỉ tiêu … hằng năm": the yearly targets are set every year
_SETS_TARGETS = re.compile(
    r"\b(?:xác\s+định|giao|đăng\s+ký|xây\s+dựng)\s+(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)[^.;:()]{0,40}$",
    re.I,
)
# round 71 (set 49): the clause's work is to draw up the plan or budget, however long its object ("Xây dựng kế hoạch,
# dự toán kinh phí thực hiện các hoạt động phát triển cụm công nghiệp trên địa bàn hàng năm, gửi Sở Tài chính …"): a
# yearly plan or budget cycle (round 54), as "Xây dựng kế hoạch hàng năm" is, not a qualifier of the last noun
_DRAWS_CYCLE = re.compile(
    r"(?:^|[\s,;])(?:xây\s+dựng|lập)\s+(?:các\s+)?(?:quy\s+hoạch\s*,\s*)?(?:kế\s+hoạch|dự\s+toán)(?!\s+số)"
    r"[^.;:()]{0,140}$",
    re.I,
)
# round 82 (set 59): "từng năm" (each year), the twin of "hằng năm" after a plan drawn up (`_recur_hits`)
_EACH_YEAR = re.compile(r"(?<![\wÀ-ỹ])từng\s+năm(?![\wÀ-ỹ])(?!\s*(?:/|-)?\s*\d{4})", re.I)
_CITED_BASIS = re.compile(r"(?:căn\s+cứ|trên\s+cơ\s+sở|tại)\s+(?:(?:các|những)\s+)?$", re.I)
# round 57: a plan named with the body that issues it ("… theo Kế hoạch xác định Chỉ số CCHC hàng năm do Bộ Nội vụ ban
# hành"): another's document, the period part of its name, as a period inside a document's name is no cycle
_ISSUED_BY = re.compile(r"\s*,?\s+do\s+[^.;:,()]{1,80}?\s+ban\s+hành(?![\wÀ-ỹ])", re.I)
# "Đối với các nhiệm vụ triển khai trong năm 2025, …": the opening clause says which tasks, not when
_SCOPE_CLAUSE = re.compile(r"^\s*Đối\s+với\s[^,;:]{0,80},", re.I)
# round 18: "rà soát các nhiệm vụ được giao trong năm 2025": the year the work was given names which work, it is
# no deadline of the review
# (the tasks themselves: "vốn được giao trong năm 2026" is money to spend within that year)
_ASSIGNED_IN = re.compile(
    r"(?<![\wÀ-ỹ])(?:nhiệm\s+vụ|công\s+việc)(?:\s+[^\s.;:,]+){0,3}?\s+được\s+giao\s+(?:trong\s+|từ\s+)?(?:năm\s*)?$",
    re.I,
)
# … unless the work is to finish them ("hoàn thành toàn bộ các nhiệm vụ được giao trong năm 2025": by its end)
_COMPLETES = re.compile(r"hoàn\s+thành[^.;,]{0,60}$", re.I)
_NAMED_PERIOD = re.compile(r"(?<!trong\s)(?<!Trong\s)\b(?:giai\s+đoạn|thời\s+kỳ)\s+đến\s*(?:năm\s*)?$", re.I)
_REVIEW_STEP = re.compile(r"\b(?:sơ\s+kết|tổng\s+kết|giữa\s+kỳ|cuối\s+kỳ)\b[^()]*$", re.I)
# the look-ahead names the letters a timing word can start with: tried first, it spares the alternatives at
# every other position of a long text (the same for _YEARLESS and _YEARLESS_DAY)
_TIMING_WORDS = re.compile(r"(?=[\dhqt])(?:\d{4}|hằng|hàng|\d{1,2}\s*/\s*\d{1,2}|\bquý|\bquí|\btháng)", re.I)
# round 50 (set 43): a school term ("mỗi học kỳ tổ chức ít nhất 1 buổi"): two terms a school year, so half-yearly
_REC_UNIT = {
    "năm": "yearly",
    "quý": "quarterly",
    "quí": "quarterly",
    "tháng": "monthly",
    "học kỳ": "half-yearly",
    "học kì": "half-yearly",
}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")
# round 33 (set 31): the day the work is to take effect ("… sửa đổi, bổ sung hoặc ban hành mới và có hiệu lực thi
# hành kể từ ngày 01 tháng 3 năm 2027", "trình 06 Nghị định … để có hiệu lực từ 01 tháng 7 năm 2026"): what the
# work makes must be in force that day, so the day is its deadline, not the start of a period; a document said to
# be in force ("Luật … có hiệu lực từ ngày …") without "để"/"và"/"bảo đảm" before it only names that document
_IN_FORCE = re.compile(
    r"(?<![\wÀ-ỹ])(?:để|và|bảo\s+đảm|đảm\s+bảo)\s+(?:được\s+)?có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+"
    r"((?:ngày\s+)?(\d{1,2})\s*(?:tháng\s*|/|-)\s*(\d{1,2})\s*(?:năm\s*|/|-)\s*(\d{4}))(?!\d)",
    re.I,
)


def _date_hits(s: str) -> list[_Hit]:
    """Every calendar expression in s, as (first day, last day) of its period."""
    hits: list[_Hit] = []
    if not _DIGIT.search(s):
        return hits  # every calendar form has a number in it; most sentences of a plan have none
    for m in _IN_FORCE.finditer(s) if "hiệu lực" in s.lower() else ():
        d = _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        # listed first: a day written in words is found again below, as long, and the first of equals is kept
        if d:
            hits.append(_Hit(m.start(1), m.end(1), "date", d, d, in_force=m.start()))
    for m in _QUARTERS.finditer(s):
        named = re.findall(rf"{_Q}\b", m.group(1), re.I)
        q1, q2, y = _ROMAN[named[0].lower()], _ROMAN[named[-1].lower()], int(m.group(2))
        if q1 <= q2:
            hits.append(_Hit(m.start(), m.end(), "date", dt.date(y, 3 * q1 - 2, 1), _month_end(y, 3 * q2)))
    for m in _MONTHS.finditer(s):
        months = [int(m.group(1)), *map(int, re.findall(r"\d{1,2}", m.group(2)))]
        y = int(m.group(3))
        if all(1 <= mo <= 12 for mo in months) and months[0] <= months[-1]:
            hits.append(_Hit(m.start(), m.end(), "date", dt.date(y, months[0], 1), _month_end(y, months[-1])))
    for m in _QUARTER.finditer(s):
        q, y = _ROMAN[m.group(1).lower()], int(m.group(2))
        hits.append(_Hit(m.start(), m.end(), "date", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)))
    for m in _HALF.finditer(s):
        y, first_half = int(m.group(3)), m.group(2).lower() == "đầu"
        a, b = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if first_half else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        hits.append(_Hit(m.start(), m.end(), "date", a, b))
    for m in _MONTH.finditer(s):
        mo, y = int(m.group(2)), int(m.group(3))
        if not 1 <= mo <= 12:
            continue
        part = (m.group(1) or "").lower()
        end = {"đầu": dt.date(y, mo, 10), "giữa": dt.date(y, mo, 20)}.get(part) or _month_end(y, mo)
        hits.append(_Hit(m.start(), m.end(), "date", dt.date(y, mo, 1), end))
    for rx in (_DMY_WORDS, _DMY):
        for m in rx.finditer(s):
            d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if d:
                hits.append(_Hit(m.start(), m.end(), "date", d, d))
    for m in _YEAR_RANGE.finditer(s):
        y1, y2 = int(m.group(1)), int(m.group(2))
        if y1 <= y2:
            hits.append(
                _Hit(m.start(), m.end(), "date", dt.date(y1, 1, 1), dt.date(y2, 12, 31), span=y1 < y2)
            )
    for m in _YEAR.finditer(s):
        y = int(m.group(1) or m.group(2))
        hits.append(_Hit(m.start(), m.end(), "date", dt.date(y, 1, 1), dt.date(y, 12, 31)))
    for h in hits:
        _closing_year(s, h)
        _listed_years(s, h)
        h.following_years = bool(_FOLLOWING.match(s[h.end :]))
        # round 25 (set 26): "Từ năm 2013 đến năm 2020" is the period of the work, due at its end; "từ" opens
        # the range, it does not make the range a start as it makes "Từ tháng 11/2013 trở đi" one
        opened = bool(_START_CUE.search(s[max(0, h.start - 20) : h.start]))
        h.is_start = opened and not h.span and h.in_force is None
        h.opened = opened and h.span
    return hits


# round 28: a bare year closing a range that a quarter or a month opens ("quý IV/2026 - 2029", "Từ tháng 10/2026
# đến 2029"): the year is the range's end, as "2026 - 2029" ends with 2029
_CLOSING_YEAR = re.compile(
    r"\s*(?:-|–|—|đến|tới)\s*(?:hết\s+)?(?:năm\s+)?((?:19|20)\d{2})(?![\d/]|[.-]\d)", re.I
)


def _closing_year(s: str, h: _Hit) -> None:
    if h.kind != "date" or h.span or not h.first or not h.last or h.first.year != h.last.year:
        return
    if (h.first.month, h.first.day, h.last.month, h.last.day) == (1, 1, 12, 31):
        return  # a whole year opens no range of its own here: "năm 2026 - 2027" is read as the run of years it is
    m = _CLOSING_YEAR.match(s, h.end)
    if m and h.last.year < int(m.group(1)) <= h.last.year + 10:
        h.end, h.last, h.span = m.end(), dt.date(int(m.group(1)), 12, 31), True


# round 20: later years listed after a dated period ("Quý III, IV/2026, 2027", "Năm 2026, 2027 và 2028")
_LISTED_YEAR = re.compile(r"\s*(?:,|và|;)\s*(?:năm\s+)?((?:19|20)\d{2})(?![\d/]|[.-]\d)", re.I)


def _listed_years(s: str, h: _Hit) -> None:
    """A period followed by later years of its own ("Quý IV/2026, 2027": the work runs on into 2027) lasts to the
    end of the last year listed; a year no later than the period's, or far from it, is something else."""
    while h.last is not None:
        m = _LISTED_YEAR.match(s, h.end)
        if not m or not h.last.year < int(m.group(1)) <= h.last.year + 5:
            return
        h.end, h.last = m.end(), dt.date(int(m.group(1)), 12, 31)


def _anchor(token: str, recurrence: str) -> str:
    parts = token.split("/")
    if len(parts) == 2:
        return f"{int(parts[1]):02d}-{int(parts[0]):02d}"
    return f"{int(parts[0]):02d}" if recurrence == "monthly" else parts[0]


# round 25b: a word each recurrence pattern cannot match without, looked for in the lower-cased text before the
# pattern is run over it (most sentences of a plan name no period); `re.I` also matches "ı", "İ" and "ſ" to "i" and
# "s", which `str.lower` leaves apart, so a text holding one of them runs every pattern
_ODD_FOLDS = ("ı", "İ", "ſ")
_RECUR_CUES = {
    "_RECUR": ("hằng", "hàng", "mỗi"),
    "_ANNUAL": ("thường",),
    "_MONTHLY_DAY": ("trước",),
    "_QUARTER_PART": ("thứ",),
    "_YEARLY_DAY": ("định", "hằng", "hàng"),
    "_NEXT_YEAR_DAY": ("năm",),
    "_HALF_RECUR": ("tháng",),
    "_EVERY_MONTHS": ("tháng",),
    "_PER_YEAR": ("/",),
    "_EACH_YEAR": ("từng",),
    "_VAGUE": ("định",),
    "_CONTINUOUS": ("xuyên",),
}


def _recur_cued(s: str) -> Callable[[str], bool]:
    """Whether the recurrence pattern named may match s: False only when its cue word is absent."""
    if any(odd in s for odd in _ODD_FOLDS):
        return lambda _name: True
    low = s.lower()
    return lambda name: any(cue in low for cue in _RECUR_CUES[name])


_CYCLE_MONTHS = {"quarterly": 3, "half-yearly": 6, "yearly": 12}


def _cycle_before(hits: list[_Hit], s: str, at: int) -> _Hit | None:
    """A cycle longer than a month written just before `at`, an opening bracket or a comma between ("hàng quý
    (trước ngày 15 …", "hằng năm, trước ngày …"), with no due day of its own."""
    for h in hits:
        if (
            h.recurrence in _CYCLE_MONTHS
            and not h.anchors
            and h.end <= at
            and re.fullmatch(r"\s*[(,]?\s*", s[h.end : at])
        ):
            return h
    return None


def _recur_hits(s: str) -> list[_Hit]:
    hits: list[_Hit] = []
    cued = _recur_cued(s)
    for m in _RECUR.finditer(s) if cued("_RECUR") else ():
        rec = _REC_UNIT[" ".join(m.group(4).lower().split())]
        written = re.sub(r"\s*(?:/|tháng)\s*", "/", m.group(2) or "")  # "30 tháng 11" -> "30/11"
        tokens = re.findall(r"\d{1,2}(?:/\d{1,2})?", written)
        anchors = [_anchor(t, rec) for t in tokens]
        if rec == "yearly" and len(anchors) == 2:
            rec = "half-yearly"
        elif rec == "yearly" and len(anchors) == 4:
            rec = "quarterly"
        hits.append(_Hit(m.start(), m.end(), "recur", recurrence=rec, anchors=anchors))
    for m in _ANNUAL.finditer(s) if cued("_ANNUAL") else ():
        hits.append(_Hit(m.start(), m.end(), "recur", recurrence="yearly"))
    for m in _MONTHLY_DAY.finditer(s) if cued("_MONTHLY_DAY") else ():
        rec = "quarterly" if m.group(2) else "monthly"
        cycle = _cycle_before(hits, s, m.start()) if rec == "monthly" else None
        if cycle is not None:
            # round 65 (set 47): "định kỳ hàng quý (trước ngày 15 của tháng kế tiếp)": the day after each quarter
            # (half-year, year) ends that the report is due, no monthly cycle of its own
            step = _CYCLE_MONTHS[cycle.recurrence or ""]
            due_day = int(m.group(1))
            cycle.anchors = [f"{month:02d}-{due_day:02d}" for month in range(1, 13, step)]
            close = re.match(r"\s*\)", s[m.end() :])
            cycle.end = m.end() + (close.end() if close else 0)
            continue
        hits.append(_Hit(m.start(), m.end(), "recur", recurrence=rec, anchors=[f"{int(m.group(1)):02d}"]))
    for m in _QUARTER_PART.finditer(s) if cued("_QUARTER_PART") else ():
        hits.append(_Hit(m.start(), m.end(), "recur", recurrence="quarterly"))
    for m in _YEARLY_DAY.finditer(s) if cued("_YEARLY_DAY") else ():
        day, month = m.group(1) or m.group(3), m.group(2) or m.group(4)
        hits.append(
            _Hit(
                m.start(), m.end(), "recur", recurrence="yearly", anchors=[f"{int(month):02d}-{int(day):02d}"]
            )
        )
    for m in _NEXT_YEAR_DAY.finditer(s) if cued("_NEXT_YEAR_DAY") else ():
        anchor = f"{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        hits.append(_Hit(m.start(), m.end(), "recur", recurrence="yearly", anchors=[anchor]))
    for m in _HALF_RECUR.finditer(s) if cued("_HALF_RECUR") else ():
        if re.match(r"\s*(?:đầu|cuối)", s[m.end() :]):
            continue
        ctx = s[max(0, m.start() - 30) : m.end() + 30].lower()
        # "6 tháng (trước ngày 16/6)": a six-month period given its own due day is a reporting cycle
        # round 103: the day written with "tháng" ("6 tháng (trước ngày 16 tháng 6)") is the same day
        due = re.match(
            r"\s*\(?\s*(?:trước|chậm\s+nhất)\s+ngày\s+\d{1,2}\s*(?:/|tháng)\s*\d{1,2}(?!\d|\s*(?:/|năm)\s*\d)",
            s[m.end() :],
            re.I,
        )
        # round 25 (set 26): "6 tháng, hằng năm và định kỳ": six months listed with a yearly cycle is a cycle too
        listed = re.match(r"\s*(?:,|và|hoặc)\s*(?:hằng|hàng|mỗi)\s+năm", s[m.end() :], re.I)
        # round 50 (set 43): "(ít nhất 6 tháng một lần)", "06 tháng/lần": the count of months is a frequency
        every = re.search(r"lần$", m.group(0), re.I)
        if "báo cáo" in ctx or m.group(1) or "sơ kết" in ctx or due or listed or every:
            hits.append(_Hit(m.start(), m.end(), "recur", recurrence="half-yearly"))
    for m in _EVERY_MONTHS.finditer(s) if cued("_EVERY_MONTHS") else ():
        count = (m.group(1) or m.group(2)).lower().lstrip("0")
        hits.append(
            _Hit(m.start(), m.end(), "recur", recurrence="monthly" if count in ("1", "một") else "quarterly")
        )
    for m in _PER_YEAR.finditer(s) if cued("_PER_YEAR") else ():
        hits.append(_Hit(m.start(), m.end(), "recur", recurrence=_REC_UNIT[m.group(1).lower()]))
    for m in _EACH_YEAR.finditer(s) if cued("_EACH_YEAR") else ():
        # round 82 (set 59): "Lập quy hoạch, kế hoạch sử dụng đất theo giai đoạn và từng năm": a plan drawn up for
        # each year is the yearly plan cycle "hằng năm" names (round 71's `_DRAWS_CYCLE`); elsewhere "từng năm"
        # divides a span ("thực hiện Kế hoạch hiệu quả theo từng năm, và cả giai đoạn") and times no work
        if _DRAWS_CYCLE.search(s[max(0, m.start() - 160) : m.start()]):
            hits.append(_Hit(m.start(), m.end(), "recur", recurrence="yearly"))
    for m in _VAGUE.finditer(s) if cued("_VAGUE") else ():
        end = re.search(r"[;.]|$", s[m.end() :])
        stop = m.end() + (end.start() if end else 0)
        hits.append(_Hit(m.start(), stop, "vague"))
    for m in _CONTINUOUS.finditer(s) if cued("_CONTINUOUS") else ():
        hits.append(_Hit(m.start(), m.end(), "continuous"))
    return hits


def _drop_overlaps(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits (a date inside a recurrence phrase belongs to the recurrence)."""
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and h.start < kept[-1].end:
            if h.kind == "vague" or kept[-1].kind == "vague":
                if h.kind != "vague" and kept[-1].kind == "vague":
                    kept[-1] = h
                continue
            if h.end - h.start > kept[-1].end - kept[-1].start:
                kept[-1] = h
            continue
        kept.append(h)
    return kept


# A horizon "đến năm X" closes a programme's or a plan's name however long the name runs ("Chương trình củng cố
# và phát triển hệ thống thông tin chuyên ngành dân số của thành phố … đến năm 2030", "Kế hoạch số 40/KH-UBND ngày …
# của Ủy ban nhân dân … về triển khai các hoạt động … đến năm 2030"); another date is looked for nearer the name
_HORIZON_BEFORE = re.compile(r"(?<![\wÀ-ỹ])đến\s+(?:năm\s+)?$", re.I)
_NAME_WORDS, _HORIZON_NAME_WORDS = 14, 28


_NUMBERED_DOC = re.compile(
    r"\b(?:Quyết\s+định|Chỉ\s+thị|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Kế\s+hoạch|Kết\s+luận|Chương\s+trình|Đề\s+án)"
    r"\s+(?:số\s+)?\d+(?:/\d{4})?/[A-ZĐ][\wĐ.-]*"
)


_SLASH_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/\-])")


def _long_date(m: re.Match[str]) -> str:
    """ "26/4/2013" as "26 tháng 4 năm 2013": the words of a name are counted the same either way."""
    return f"{m.group(1)} tháng {m.group(2)} năm {m.group(3)}"


def _in_document_name(s: str, start: int) -> bool:
    """A period after "Đề án", "Nghị quyết", "định hướng", … in the same clause names a document, not a deadline
    — unless a purpose or a target stands between the name and the date ("… của Dự án, phấn đấu đến ngày
    30/6/2026 hoàn thành …", "… của Dự án để đảm bảo hoàn thành trong tháng 4/2026"): that bounds the work."""
    clause = re.split(r"[;.()]", s[:start])[-1]
    horizon = _HORIZON_BEFORE.search(clause) and _YEAR.match(s, start)
    words = _SLASH_DATE.sub(_long_date, clause).split()  # round 90: a date is as long however it is written
    tail = " ".join(words[-(_HORIZON_NAME_WORDS if horizon else _NAME_WORDS) :])
    if horizon:
        # round 25 (set 26): a document cited by its number ("Quyết định số 1753/QĐ-TTg … về việc thành lập Ban Chỉ
        # đạo … từ nay đến năm 2020") names all that follows it in the clause, however long its title runs
        cited = list(_NUMBERED_DOC.finditer(clause))
        if cited and not _PURPOSE_CUE.search(clause[cited[-1].end() :]):
            return True
    names = list(_DOC_CONTEXT.finditer(tail))
    if names and _BARE_KIND_THEN_CUE.match(tail[names[-1].end() :]):
        return False  # round 19: "hoàn thành phê duyệt phương án trong năm 2026": a bare kind has no name to close
    return bool(names) and not _PURPOSE_CUE.search(tail[names[-1].end() :])


# round 19: the kind of document and then at once the cue of the date ("phương án trong năm 2026", "kế hoạch trước
# ngày …"): no words of a name stand between them, so the date times the work on it (round 25: "vào" is such a cue
# too, "bảo đảm tiến độ hoàn thành Dự án vào năm 2026"; a name's own period says "đến", "giai đoạn", "thời kỳ")
_BARE_KIND_THEN_CUE = re.compile(r"\s*(?:trong|trước|vào)(?:\s+(?:năm|ngày|tháng|quý|quí))?\s*$", re.I)


# "để (đảm bảo) …", "nhằm …", "phấn đấu …", "hoàn thành …": a purpose or target clause, whose date bounds the task
_PURPOSE_CUE = re.compile(
    r"(?<![\wÀ-ỹ])(?:để|nhằm|phấn\s+đấu|hoàn\s+thành|đưa\s+vào\s+(?:sử\s+dụng|vận\s+hành|khai\s+thác))(?![\wÀ-ỹ])",
    re.I,
)
# A date inside what the task is about is not its deadline: a remark on the work ("lưu ý các vị trí thi công
# trong tháng 4/2026"), or things counted or listed with their own planned time ("11 hoạt động dự kiến thực
# hiện trong năm 2026", "các dự án dự kiến khởi công trong năm 2026")
_REMARK = re.compile(r"(?<![\wÀ-ỹ])(?:lưu\s+ý|chú\s+ý)(?![\wÀ-ỹ])[^.;,:]*$", re.I)
_PLANNED_OBJECT = re.compile(
    r"(?:(?<![\wÀ-ỹ/])\d+|(?<![\wÀ-ỹ])(?:các|những))\s+(?!(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương|bộ)\b)"
    r"(?:[^\s,;.:]+\s+){1,5}dự\s+kiến\s+(?:được\s+)?(?:[^\s,;.:]+\s+){0,2}$",
    re.I,
)


# "theo cam kết của Việt Nam tại COP 26 về đạt mức phát thải ròng bằng 0 vào năm 2050": what was promised, and by
# when, is the commitment's, not the task's timing
_COMMITMENT = re.compile(r"(?<![\wÀ-ỹ])cam\s+kết(?![\wÀ-ỹ])[^.;:()]*$", re.I)


def _in_content(s: str, start: int) -> bool:
    """Is the date at `start` (its cue included) part of the task's content rather than its timing?"""
    clause = re.split(r"[;.]", s[:start])[-1]
    return bool(_REMARK.search(clause) or _PLANNED_OBJECT.search(clause) or _COMMITMENT.search(clause))


# "… Việt Nam đến năm 2030, tầm nhìn đến năm 2045": a horizon followed by a vision is a strategy's or a plan's
# name (only names carry a vision), however the name before it is written ("về chiến lược …", "về phát triển …")
_VISION_AFTER = re.compile(
    r"\s*[,;]?\s*(?:và\s+)?(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến\s+|tới\s+)?(?:năm\s+)?(?:19|20)\d{2}", re.I
)


# a share to reach ("ít nhất 50% xã, phường …", "đạt 20% …"): a quantified target
_SHARE = re.compile(r"\d+(?:[,.]\d+)?\s*%")
_GOAL = re.compile(r"(?<![\wÀ-ỹ])mục\s+tiêu(?![\wÀ-ỹ])", re.I)
# "hoàn thành 100% …", "giải ngân 100% …": a share of work to complete, not an outcome to reach
_DONE_SHARE = re.compile(r"(?<![\wÀ-ỹ])(?:hoàn\s+thành|giải\s+ngân|xong)\s+(?:đạt\s+)?$", re.I)
# the year, then the share it is for: "đến năm 2030 đạt 100% …", "đến năm 2030, (đảm bảo) ít nhất 70% …"
_SHARE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:đạt|có|đảm\s+bảo|bảo\s+đảm|phấn\s+đấu)\s+)?(?:(?:ít\s+nhất|tối\s+thiểu|trên|khoảng)\s+)?"
    r"\d+(?:[,.]\d+)?\s*%",
    re.I,
)


# a quantity to reach ("đạt 1.700 ha", "đạt trên 30 sản phẩm"): a target, as a share is
_QUANTITY = re.compile(
    r"(?<![\wÀ-ỹ])đạt\s+(?:(?:ít\s+nhất|tối\s+thiểu|trên|hơn|khoảng|từ)\s+)?\d(?![\d.,]*\s*%)", re.I
)
# "Đến năm 2030, hệ thống … được hoàn thiện": a sentence that opens on its year and then says what a thing is to
# have become (its subject first, then "được …" or "đạt …") states the target, not work due by then
_OPENING_HORIZON = re.compile(r"(?:^|[.;:!?]\s*|\n\s*)(?:phấn\s+đấu\s+)?(?:đến|tới)\s+(?:hết\s+)?$", re.I)
_STATE_AFTER = re.compile(
    r"\s*,\s*(?=\S)(?!(?:hoàn\s+thành|xong|ban\s+hành|triển\s+khai|tổ\s+chức|thực\s+hiện|xây\s+dựng|trình|"
    r"phải|cần|tập\s+trung|chủ\s+động)(?![\wÀ-ỹ]))[^.;:]*?(?<![\wÀ-ỹ])(?:được(?!\s+giao)|đạt)(?![\wÀ-ỹ])",
    re.I,
)
# ... unless the clause still asks for work ("Đến hết năm 2026, các sở … phải hoàn thành …")
_DUTY_WORD = re.compile(r"(?<![\wÀ-ỹ])(?:phải|cần|có\s+trách\s+nhiệm|hoàn\s+thành|xong)(?![\wÀ-ỹ])", re.I)


_AMOUNT = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d{2}(?![\d.,]))\d[\d.,]*\s*[a-zà-ỹđ%]", re.I)
# round 16: "các dự án cao tốc có kế hoạch hoàn thành năm 2025": works named by the year they are planned to be
# finished, not the year the task is due
_PLANNED = re.compile(
    r"(?:dự\s+án|công\s+trình)(?:\s+[^\s,;.()]+){0,6}?\s+có\s+kế\s+hoạch\s+(?:hoàn\s+thành|khánh\s+thành|khởi\s+công"
    r"|đưa\s+vào\s+(?:khai\s+thác|sử\s+dụng))\s+(?:trong\s+|vào\s+)?$",
    re.I,
)


_AIM = re.compile(r"(?<![\wÀ-ỹ])hướng\s+tới(?![\wÀ-ỹ])", re.I)
# round 25: money carried over into a later year or period ("cho phép chuyển nguồn kinh phí chưa sử dụng hết của giai
# đoạn 2021 - 2025 sang thực hiện trong giai đoạn 2026 - 2030", "chuyển nguồn sang năm 2026"): where the money goes,
# the budget's term for its carrying over, not when the work is due
_CARRIED_INTO = re.compile(
    r"(?<![\wÀ-ỹ])chuyển\s+(?:nguồn|kinh\s+phí|vốn|dự\s+toán)(?![\wÀ-ỹ])[^.;]{0,120}?\s+sang\s+"
    r"(?:(?:thực\s+hiện|sử\s+dụng|giải\s+ngân|chi)\s+)?(?:trong\s+|vào\s+|cho\s+)?(?:năm\s+|giai\s+đoạn\s+)?$",
    re.I,
)


def _target_year(s: str, h: _Hit) -> bool:
    """A whole year closing a named target with a share to reach ("… lộ trình đạt mục tiêu ít nhất 50% xã không có
    ma túy vào năm 2030", "phấn đấu đạt mục tiêu 20% … trong năm 2025") is the target's year, not the task's
    deadline; a share without "mục tiêu" ("phải đạt 90% trong năm 2025") still times the task."""
    if h.kind != "date" or h.first is None or h.last is None or (h.first.month, h.first.day) != (1, 1):
        return False
    if (h.last.month, h.last.day) != (12, 31) or h.first.year != h.last.year:
        return False
    clause = re.split(r"[.;]", s[: h.start])[-1]
    # round 19: an aim ("…; hướng tới xây dựng Sa Pa trở thành khu du lịch xanh vào năm 2030"): the year is the aim's
    if _AIM.search(clause):
        cue = _STRONG_CUE.search(s[max(0, h.start - 40) : h.start])
        if not (cue and cue.group(0).strip()):
            return True
    # round 64 (set 48): a purpose that raises a measure ("… đề xuất nhiệm vụ, giải pháp cụ thể để cải thiện, nâng
    # cao chỉ số trong năm 2026"): the year is the improvement's, a target as an aim's is; a purpose that is an act
    # ("… báo cáo Chính phủ để trình Quốc hội sửa đổi Luật Đất đai trong năm 2026") still times the work, and so do
    # "trước", "chậm nhất"
    if _IMPROVES.search(clause):
        cue = _STRONG_CUE.search(s[max(0, h.start - 40) : h.start])
        if not (cue and cue.group(0).strip()):
            return True
    goal = list(_GOAL.finditer(clause))
    if goal and _SHARE.search(clause, goal[-1].end()):
        return True
    # round 16: or an amount to reach after it ("bảo đảm mục tiêu đến hết năm 2025 cả nước có khoảng 1.700 km đường
    # bộ ven biển"), as a share is
    if goal and _AMOUNT.search(clause[goal[-1].end() :] + " " + re.split(r";|\.(?!\d)", s[h.end :])[0]):
        return True
    # settled in round 11 (the gold convention): any share to reach in the year's clause makes the year the
    # target's — before it ("phải đạt 90% trong năm 2025", "số hoá 100% dữ liệu … trong năm 2026") or right after
    # it ("đến năm 2030 đạt 100% …", "lộ trình thực hiện đến năm 2030, đảm bảo ít nhất 70% …"); a share that is
    # work to complete ("hoàn thành 100% …", "giải ngân 100% …") is not a target, and its year still times it
    strong = _STRONG_CUE.search(s[max(0, h.start - 40) : h.start])
    if strong and strong.group(0).strip():
        return False
    shares = [m for m in _SHARE.finditer(clause) if not _DONE_SHARE.search(clause[: m.start()])]
    if shares or _SHARE_AFTER.match(s[h.end :]):
        return True
    # round 14: a quantity to reach in the year's clause ("diện tích rừng ngập mặn đến năm 2030 đạt 1.700 ha",
    # "Phấn đấu đến năm 2030 diện tích … đạt 1.700 ha") and a share further on in the clause the year opens ("Đến
    # năm 2030, tỷ lệ thu gom … đạt 100%") are targets too, as is the state a sentence opening on its year sets
    rest = re.split(r"[.;]", s[h.end :])[0]
    if _QUANTITY.search(clause) or _QUANTITY.search(rest):
        return True
    opening = _OPENING_HORIZON.search(s[max(0, h.start - 40) : h.start])
    if not opening or _DUTY_WORD.search(rest):
        return False
    return bool(_SHARE.search(rest)) or bool(_STATE_AFTER.match(s[h.end :]))


# round 26: a period followed at once by the numbered document that sets it ("cổ phần hóa Công ty trong giai đoạn 2022
# - 2025 theo Quyết định số 1479/QĐ-TTg", "chỉ tiêu giảm tỷ lệ nghèo đa chiều đến năm 2025 theo Kế hoạch số
# 186/KH-UBND"): the period of the programme that document sets out, not when the task is due (work to complete,
# "hoàn thành việc … trong năm 2025 theo …", and a strong cue, "trước …", still time it)
_BY_CITED_DOCUMENT = re.compile(r"\s*,?\s*(?:theo|tại)\s+" + _NUMBERED_DOC.pattern)


def _whole_years(h: _Hit) -> bool:
    """Is the hit a whole year or a run of whole years ("năm 2025", "2022 - 2025")?"""
    return (
        h.kind == "date"
        and h.first is not None
        and h.last is not None
        and (h.first.month, h.first.day, h.last.month, h.last.day) == (1, 1, 12, 31)
    )


# round 37: the occasion the work marks, named with its day ("tổ chức các hoạt động tuyên truyền nhân ngày Pháp luật
# Việt Nam 9/11", "nhân dịp kỷ niệm Ngày Thành lập ngành 15/8"): the work is held on that day. Days listed after a
# topic ("hưởng ứng các sự kiện: Ngày A (11/7), Ngày B (26/12)") are a yearly calendar, not one day, and the name
# runs to the day without a comma or a bracket
_OCCASION = re.compile(
    r"(?<![\wÀ-ỹ])(?:nhân|hưởng\s+ứng)\s+(?:dịp\s+)?(?:kỷ\s+niệm\s+)?(?:\d+\s+năm\s+)?[Nn]gày\s+"
    r"(?:[^\s,;.:()\d]+\s+){1,8}$",
    re.I,
)


# round 53 (set 41): the day of an event named between "ngày" and its date ("Từ tháng 01 đến ngày bầu cử 15/3/2026",
# "trước ngày khai giảng 05/9/2026", "vào ngày hội 20/11/2026"): the work runs to, is due before or is held on that
# day, as with "đến ngày 15/3/2026"
_EVENT_DAY = re.compile(r"(?<![\wÀ-ỹ])(?:đến|tới|trước|vào)\s+ngày\s+(?:[^\s,;.:()\d/]+\s+){1,4}$", re.I)


# round 72: a schedule drawn up period by period up to a time ("lập tiến độ chi tiết theo tuần, tháng đến hết năm
# 2026", "xây dựng kế hoạch theo từng quý đến năm 2027"): the span the schedule covers, what is drawn up, not when the
# drawing up is due
_SCHEDULE_SPAN = re.compile(
    r"(?<![\wÀ-ỹ])(?:tiến\s+độ|kế\s+hoạch|lộ\s+trình|lịch)(?![\wÀ-ỹ])[^.;:]{0,40}?\stheo\s+(?:từng\s+)?"
    r"(?:tuần|tháng|quý|quí)(?:\s*(?:,|và)\s*(?:tuần|tháng|quý|quí))*\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?$",
    re.I,
)


def _cue_start(s: str, h: _Hit) -> int | None:
    """Start of the timing cue before a date hit in running text, or None when the date is not a deadline."""
    before = s[max(0, h.start - 40) : h.start]
    dashed = _DASHED_RANGE.search(before)
    if dashed:
        # round 42: "Từ ngày 05/02/2026 - 08/02/2026": a dash between a day opened by "từ" and another full day
        # closes the range as "đến" does; the range runs from the first day to the second
        return h.start - len(before) + dashed.start()
    if before.endswith("(") and _REVIEW_STEP.search(re.split(r"[;.]", s[: h.start - 1])[-1][-80:]):
        return h.start - 1  # "sơ kết (năm 2027), tổng kết (năm 2030)": the review's year
    if (
        _target_year(s, h)
        or (
            _ASSIGNED_IN.search(s, max(0, h.start - 80), h.start)
            and not _COMPLETES.search(s, max(0, h.start - 120), h.start)
        )
        or _VISION_AFTER.match(s, h.end)
        or _PLANNED.search(s, max(0, h.start - 120), h.start)
        or _CARRIED_INTO.search(s, max(0, h.start - 200), h.start)
        or _SCHEDULE_SPAN.search(s, max(0, h.start - 120), h.start)
    ):
        return None
    # round 37: "… nhân ngày Chuyển đổi số quốc gia 10/10": the day the work marks
    occasion = _OCCASION.search(s, max(0, h.start - 80), h.start)
    if occasion and _short(h) and h.first == h.last:
        return occasion.start()
    event_day = _EVENT_DAY.search(s, max(0, h.start - 60), h.start)
    if event_day and _short(h) and h.first == h.last:
        return event_day.start()
    strong = _STRONG_CUE.search(before)
    if strong and strong.group(0).strip():
        return h.start - len(before) + strong.start()
    weak = _WEAK_CUE.search(before)
    if weak and not _short(h) and re.search(r"(?<![\wÀ-ỹ])(?:kỳ|đợt)\s", weak.group(0), re.I):
        weak = (
            None  # "trong kỳ kế hoạch 2026-2030": a round is timed by its month or quarter, not by its years
        )
    if _in_content(
        s, h.start - len(before) + (weak.start() if weak and weak.group(0).strip() else len(before))
    ):
        return None
    if _NAMED_PERIOD.search(before):
        return None  # "… dân số và phát triển giai đoạn đến năm 2030": the period of what it follows
    if (
        _whole_years(h)
        and _BY_CITED_DOCUMENT.match(s, h.end)
        and not _COMPLETES.search(s, max(0, h.start - 120), h.start)
    ):
        return None  # round 26: "… đến năm 2025 theo Kế hoạch số 186/KH-UBND": the period the cited document sets
    if (
        weak
        and weak.group(0).strip()
        and (_within_season(s, h, weak.group(0)) or not _in_document_name(s, h.start))
    ):
        return h.start - len(before) + weak.start()
    if (
        _OPENING_DATE.match(s[: h.start])
        and re.match(r"\s*[,:]", s[h.end :])
        and _short(h)
        and not h.is_start
    ):
        # "Quý I/2027, các cơ quan … đánh giá …": the quarter that opens the sentence times it; round 46: so does
        # a schedule's label, the day or month before a colon ("15/11/2025: Phát động …", "Tháng 7/2026: Tổ chức …")
        return h.start
    return None


# A sentence that opens on its date ("Quý I/2027, …", "Tháng 12/2025, …", "Trong tháng 3/2026, …")
_OPENING_DATE = re.compile(r"^\s*(?:(?:trong|vào)\s+)?$", re.I)


def _within_season(s: str, h: _Hit, cue: str) -> bool:
    """ "xây dựng Kế hoạch trong Quý I/2026", "phê duyệt phương án trong tháng 4/2026": a document names its years
    and periods, never "trong" a quarter, a month or a day, so such a date times the work on it."""
    if not re.search(r"\btrong\s*$", cue, re.I):
        return False
    if _short(h):
        return True
    # round 61: nor "trong" one whole year ("trình Quốc hội sửa đổi Luật Đất đai trong năm 2026"): a name gives its
    # year bare ("Luật Đất đai năm 2024") or as a horizon ("đến năm 2030") — unless the clause calls the work
    # something of that year ("xem việc lập Quy hoạch chung xã là nhiệm vụ hàng đầu trong năm 2026"): the year
    # is the rank's, not a due date; and only where the year closes the clause (round 11: "Triển khai Kế hoạch phát
    # triển du lịch trong năm 2026 của tỉnh": a name that runs on past its year holds it)
    one_year = _whole_years(h) and h.first is not None and h.last is not None and h.first.year == h.last.year
    closes = re.match(r"\s*(?:[;.,:]|$)", s[h.end :])
    return bool(one_year and closes) and not _COPULA.search(re.split(r"[;.]", s[: h.start])[-1])


_COPULA = re.compile(r"(?<![\wÀ-ỹ])là(?![\wÀ-ỹ])", re.I)


def _short(h: _Hit) -> bool:
    """A quarter, a month or a day, not a year or a period of years."""
    return h.first is not None and h.last is not None and (h.last - h.first).days < 100


# the purpose runs to the period unless a date or a new duty after a comma ("…, báo cáo … trước ngày …") ends it
_IN_PURPOSE = re.compile(
    r"(?<![\wÀ-ỹ])(?:để|nhằm)(?![\wÀ-ỹ])(?:(?!,\s*(?:báo\s+cáo|gửi|đồng\s+thời|định\s+kỳ)(?![\wÀ-ỹ]))[^.;\d])*$",
    re.I,
)


_IMPROVES = re.compile(
    r"(?<![\wÀ-ỹ])(?:để|nhằm)\s+(?:(?:góp\s+phần|từng\s+bước|tiếp\s+tục)\s+)?(?:cải\s+thiện|nâng\s+cao|nâng\s+hạng)"
    r"(?![\wÀ-ỹ])[^.;\d]*$",
    re.I,
)


_RATE_AFTER = re.compile(
    r"\s*(?:đạt|tăng|giảm)\s+(?:(?:ít\s+nhất|tối\s+thiểu|trên|khoảng|bình\s+quân)\s+)?\d[\d.,]*\s*%", re.I
)


# round 103: the verb of a clause's work right after a cycle (`_bare_recurrence_ok`)
_WORK_AFTER = re.compile(
    r"\s+(?:gửi|báo\s+cáo|công\s+bố|công\s+khai|tổ\s+chức|thực\s+hiện|triển\s+khai|đánh\s+giá|tổng\s+hợp"
    r"|cập\s+nhật|rà\s+soát|kiểm\s+tra|khảo\s+sát|điều\s+tra|thu\s+thập|sơ\s+kết|tổng\s+kết)(?![\wÀ-ỹ])",
    re.I,
)


# round 37: the place or the channel of the work ("trên Cổng thông tin …", "tại trụ sở …", "qua hệ thống …"; not
# "trên 50%", a share)
_PLACE_AFTER = re.compile(r"\s+(?:trên|tại|qua)\s+(?!\d)", re.I)


# round 76 (set 38): a sentence whose work is to take a result as the measure of an assessment ("Lấy kết quả thực hiện
# … là một trong những tiêu chí quan trọng để đánh giá, xếp loại … hằng năm", "Lấy … làm căn cứ để bình xét thi đua
# … hằng năm"), the item's whole work: the duty is done in each assessment, so the assessment's period is the task's
# (round 14 read it as the purpose's, whose period times no work). One clause of a longer item ("Phát huy vai trò …;
# xác định rõ …; lấy hiệu quả … là một chỉ tiêu quan trọng để đánh giá, xếp loại cán bộ hằng năm.") still does not
# time the item's other work, nor does any other purpose
_TAKEN_AS_MEASURE = re.compile(
    r"^\s*Lấy\s+(?!ý\s+kiến)[^.;]{1,200}?\s(?:là|làm)\s+[^.;]{0,80}?(?:tiêu\s+chí|tiêu\s+chuẩn|căn\s+cứ|cơ\s+sở"
    r"|chỉ\s+tiêu|thước\s+đo)[^.;]{0,40}?\s(?:để|trong)\s+(?:(?:việc|công\s+tác)\s+)?(?:đánh\s+giá|xếp\s+loại"
    r"|bình\s+xét|chấm\s+điểm|xét)(?![\wÀ-ỹ])[^.;]*$",
    re.I,
)


def _bare_recurrence_ok(s: str, h: _Hit) -> bool:
    """ "hằng năm" right after a noun ("khen thưởng hàng năm của đơn vị") qualifies the noun, not the task."""
    # round 16: a rate to reach ("phấn đấu sản lượng mỗi tháng đạt tối thiểu 20%", "mỗi năm tăng 10%"): the period
    # measures a target, no work is repeated
    if not h.anchors and _RATE_AFTER.match(s, h.end):
        return False
    # "mỗi tháng" (each month) is an adverb of frequency; it cannot qualify a noun as "hằng năm" can
    if h.anchors or re.match(r"(?:định\s+kỳ|trước\s+ngày|mỗi\s)", s[h.start : h.end], re.I):
        return True
    if _PER_YEAR.match(s, h.start):
        return True  # a count of events a year is a cycle wherever it stands
    # round 50 (set 43): so is a count of months between two rounds ("Định kỳ (ít nhất 6 tháng một lần) tổ chức đánh
    # giá …", "03 tháng/lần"): a frequency qualifies no noun
    if re.search(r"lần$", s[h.start : h.end], re.I):
        return True
    # a purpose ("… là một chỉ tiêu để đánh giá, xếp loại cán bộ hằng năm", "… gửi về Sở X để tổng hợp … Chỉ số
    # CCHC của tỉnh hằng năm"): the period is the purpose's (the yearly rating), not the task's, unless it opens a
    # clause of its own (", hằng năm …")
    if _TAKEN_AS_MEASURE.match(s[: h.start]):
        return True
    if _IN_PURPOSE.search(re.split(r"[.;]", s[: h.start])[-1]) and not re.search(r"[,:(]\s*$", s[: h.start]):
        return False
    # closing the sentence, it times the whole task (also before a closing "theo quy định": "ban hành bảng giá …
    # hàng năm theo quy định.")
    # round 71 (set 49): "… quyết toán vốn hằng năm đúng quy định hiện hành.", "đúng" standing for "theo đúng"
    if re.match(
        r"\s*(?:,?\s*(?:theo\s+(?:đúng\s+)?|đúng\s+)quy\s+định(?:\s+hiện\s+hành)?\s*)?(?:[.;]|$)", s[h.end :]
    ):
        return True
    # round 37: followed by the place or the channel of the work ("Công khai kết quả giải ngân của các bộ, cơ quan,
    # địa phương hằng tháng trên Cổng thông tin điện tử …"), it is an adverb of the verb as the place is: a noun
    # the period qualifies is closed by "của", not by where the work is done
    if _PLACE_AFTER.match(s, h.end):
        return True
    # round 103: followed by the clause's verb ("Xây dựng và hàng năm công bố báo cáo …", "cung cấp thông tin … hằng
    # năm gửi về Bộ …"): the period stands before the work it times, as an adverb does, whatever noun precedes it
    if _WORK_AFTER.match(s, h.end):
        return True
    if _BARE_RECUR_OK_AFTER.search(s[max(0, h.start - 30) : h.start]):
        return True
    if _PERIODIC_ACT.search(" ".join(re.split(r"[,;.:()]", s[: h.start])[-1].split()[-9:]) + " "):
        return True
    window = s[max(0, h.start - 60) : h.start]
    if h.recurrence == "yearly" and _SETS_TARGETS.search(window):
        return True
    if _RECURRING_EVENT.search(window):
        return True
    if h.recurrence == "yearly" and _DRAWS_CYCLE.search(s[max(0, h.start - 160) : h.start]):
        return True
    cycle = _RECURRING_NOUN.search(window)
    # "căn cứ kế hoạch cải cách hành chính hằng năm, …": a yearly plan cited as the basis does not time the task
    return (
        cycle is not None
        and not _CITED_BASIS.search(window[: cycle.start()])
        and not _ISSUED_BY.match(s, h.end)
    )


def _build(s: str, hits: list[_Hit], text_spans: list[tuple[int, int]]) -> Deadline:
    dl = Deadline()
    if not hits:
        return dl
    dates = [h for h in hits if h.kind == "date" and not h.is_start]
    starts = [h for h in hits if h.kind == "date" and h.is_start]
    recurs = [h for h in hits if h.kind == "recur"]
    if dates:
        first = min(h.first for h in dates if h.first)
        last = max(h.last for h in dates if h.last)
        dl.date, dl.period = last, (first, last)
    if starts:
        dl.start = min(h.first for h in starts if h.first)
        if dl.period and dl.start < dl.period[0]:
            dl.period = (dl.start, dl.period[1])
    if recurs:
        dl.recurrence, dl.anchors = recurs[0].recurrence, recurs[0].anchors
    elif any(h.following_years and h.first and h.first.year == h.last.year for h in dates if h.last):
        dl.recurrence = "yearly"
    dl.continuous = any(h.kind == "continuous" for h in hits) and not dates
    dl.ambiguous = any(h.kind == "vague" for h in hits) and not recurs and not dates
    a, b = min(x for x, _ in text_spans), max(y for _, y in text_spans)
    dl.text = s[a:b].strip(" ,;.()") or None
    return dl


_NO_YEAR_AFTER = r"(?!\s*(?:/|-|–|năm)\s*\d)(?!\d)"
_YEARLESS = re.compile(
    r"(?=[qt\d])(?:(?<!hằng )(?<!hàng )(?<!mỗi )\b(qu[ýyí]\s*(?:iv|i{1,3}|[1-4])\b|tháng\s+\d{1,2}\b)"
    + _NO_YEAR_AFTER
    + r"|(?<![\d/])(\d{1,2}\s*/\s*\d{1,2})"
    + _NO_YEAR_AFTER
    + r"(?!\s*(?:hằng|hàng)\s+năm))",
    re.I,
)


_YEARLESS_DAY = re.compile(r"(?=n)\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b" + _NO_YEAR_AFTER, re.I)


@cached_copies(_copy_deadline)
def parse_deadline(phrase_or_text: str, default_year: int | None = None) -> Deadline:
    """Read a timing phrase ("Quí IV-2025", "Thường xuyên, hằng năm", "trước ngày 15 hằng tháng").

    A date written without its year ("Quý II", "Tháng 9", "30/6" in a table whose header says "năm 2026")
    takes `default_year` when one is given.
    """
    dl = _parse_phrase(phrase_or_text)
    if default_year and dl.date is None and dl.recurrence is None:
        s = nfc(phrase_or_text or "").strip()
        filled = _with_year(s, default_year)
        if filled != s:
            with_year = _parse_phrase(filled)
            if with_year.date:
                with_year.text = dl.text or s.strip(" ,;.()")
                return with_year
    return dl


@cached_copies(_copy_deadline)
def find_yearless_deadline(text: str, year: int | None, issued: dt.date | None = None) -> Deadline:
    """The deadline of a task sentence whose cued date has no year ("Triển khai Tháng hành động (từ ngày 15/11
    đến ngày 15/12)", "hoàn thành trước ngày 30/6"): the plan's year, or the next one when that day would fall
    before the plan was issued. Only a cued date counts, as in `find_deadline`."""
    if not year:
        return Deadline()
    s = nfc(text or "")
    first = _with_year(s, year)
    if first == s:
        return Deadline()
    found = find_deadline(first)
    if found.date and issued and found.date < issued:
        found = find_deadline(_with_year(s, year + 1))
    return found if found.date else Deadline()


@lru_cache(maxsize=4096)  # pure
def _with_year(s: str, year: int) -> str:
    """`s` with `year` written after each date, month or quarter that has none ("ngày 23 tháng 1" is that day of
    the year, not the month)."""
    filled = _YEARLESS_DAY.sub(lambda m: f"{m.group(0)} năm {year}", s)
    return _YEARLESS.sub(lambda m: f"{m.group(0)}/{year}", filled)


def _parse_phrase(phrase_or_text: str) -> Deadline:
    s = nfc(phrase_or_text or "").strip()
    hits = _drop_overlaps(_date_hits(s) + _recur_hits(s))
    hits = [h for h in hits if h.kind != "date" or not _in_document_name(s, h.start) or len(s.split()) <= 8]
    if not hits:
        return Deadline()
    dl = _build(s, hits, [(0, len(s))])
    return dl


def find_deadline(text: str) -> Deadline:
    """Find the deadline of a task sentence: only cued dates and clause-level recurrences count."""
    s = nfc(text or "")
    kept, spans = _cued(s)
    if not kept:
        return Deadline()
    primary = [sp for sp, h in zip(spans, kept, strict=True) if h.kind != "vague"] or spans
    return _build(s, kept, primary[:1] if len(primary) > 1 and _far_apart(primary) else primary)


def _opened_span(s: str, h: _Hit) -> int | None:
    """Start of "từ" before a range of years in running text ("… triển khai … các nhiệm vụ từ năm 2013 đến năm
    2015": the span of the work, due at its end; round 25, set 26), unless the range is the period of a named
    document ("Đề án … giai đoạn từ năm 2021 đến năm 2025") or part of what the work is about."""
    opener = _START_CUE.search(s, max(0, h.start - 20), h.start)
    if opener is None or _in_document_name(s, h.start) or _in_content(s, opener.start()):
        return None
    return opener.start()


@lru_cache(maxsize=4096)
def _cued(s: str) -> tuple[list[_Hit], list[tuple[int, int]]]:
    """The timing hits of running text that count (cued dates, clause-level recurrences) and their spans.

    Pure, so cached: a task's text is read for its deadline and again for its steps (`step_ends`); callers
    only read the result."""
    kept: list[_Hit] = []
    spans: list[tuple[int, int]] = []
    scope = _SCOPE_CLAUSE.match(s)
    for h in _drop_overlaps(_date_hits(s) + _recur_hits(s)):
        if h.kind == "continuous" or (scope and h.start < scope.end()):
            continue
        if h.kind == "date":
            cue = h.in_force if h.in_force is not None else _cue_start(s, h)
            if cue is None and h.opened:
                cue = _opened_span(s, h)
            if cue is None and not h.is_start:
                continue
            if _follows_completion(s, h, kept, spans):
                continue
            spans.append((cue if cue is not None else h.start, h.end))
        elif h.kind == "recur" and not _bare_recurrence_ok(s, h):
            continue
        else:
            spans.append((h.start, h.end))
        kept.append(h)
    return _steps_in_order(s, kept, spans)


def _steps_in_order(
    s: str, kept: list[_Hit], spans: list[tuple[int, int]]
) -> tuple[list[_Hit], list[tuple[int, int]]]:
    """round 26: "… xác định việc cổ phần hóa trong giai đoạn 2022 - 2025 …; đề xuất kế hoạch … trong năm 2025 …
    . Hoàn thành và báo cáo UBND tỉnh trước ngày 08/02/2025.": when the work closes on a day it must be done by, a
    whole year or run of years written before that day and ending after it cannot be an earlier step of the same
    work — it is the period of what the work is about (a programme, the plan to propose), not a deadline (unless
    it is itself cued as work to complete)."""
    dated = [(h, sp) for h, sp in zip(kept, spans, strict=True) if h.kind == "date" and not h.is_start]
    if len(dated) < 2:
        return kept, spans
    last, (cue, _) = dated[-1]
    if last.last is None or last.first != last.last or not _STRONG_CUE.search(s[cue : last.start]):
        return kept, spans
    gone = {
        id(h)
        for h, _ in dated[:-1]
        if _whole_years(h)
        and h.last is not None
        and h.last > last.last
        # "hoàn thành toàn bộ các nhiệm vụ được giao trong năm 2025; … gửi văn bản cam kết … trước ngày 25 tháng
        # 11": work to complete within the year is a task of its own that ends later
        and not _COMPLETES.search(s, max(0, h.start - 120), h.start)
    }
    if not gone:
        return kept, spans
    pairs = [(h, sp) for h, sp in zip(kept, spans, strict=True) if id(h) not in gone]
    return [h for h, _ in pairs], [sp for _, sp in pairs]


# "…, hoàn thành trong tháng 12 năm 2025, triển khai thực hiện trong năm 2026": once the work is done, putting
# its product to use is what comes after the task, not a later step of it
_PUT_TO_USE = re.compile(
    r"\s*,\s*(?:và\s+)?(?:tổ\s+chức\s+)?triển\s+khai(?:\s+thực\s+hiện)?\s+(?:ngay\s+)?(?:trong|vào|từ)\s*",
    re.I,
)
_COMPLETED = re.compile(r"hoàn\s+thành|xong", re.I)


def _follows_completion(s: str, h: _Hit, kept: list[_Hit], spans: list[tuple[int, int]]) -> bool:
    """Is the date hit `h` the putting to use that follows the completion date just before it?"""
    if not kept or kept[-1].kind != "date" or kept[-1].is_start:
        return False
    last_cue, last_end = spans[-1]
    return bool(_COMPLETED.match(s, last_cue)) and _PUT_TO_USE.fullmatch(s[last_end : h.start]) is not None


_LISTED_TIMING = re.compile(r"[\s,/]*(?:(?:và|hoặc)\s+)?", re.I)


@cached_copies(list)
def step_ends(text: str) -> list[int]:
    """Where a task sentence that sets several successive deadlines splits into one step per deadline
    ("báo cáo … vào đầu tháng 3/2025 để trình … trước ngày 07/4/2025; hoàn thành … chậm nhất ngày
    30/6/2025"): the offsets just after each deadline but the last. [] when it sets at most one."""
    s = nfc(text or "")
    timing = _TIMING_WORDS.finditer(s)  # the first two are enough to know there are two (round 25b)
    if (
        next(timing, None) is None or next(timing, None) is None
    ):  # fewer than two timing expressions: nothing to split
        return []
    kept, spans = _cued(s)
    timed = [sp for sp, h in zip(spans, kept, strict=True) if h.kind in ("date", "recur") and not h.is_start]
    ends = [
        end
        for (_, end), (start, _) in zip(timed, timed[1:], strict=False)
        # round 15: "Định kỳ hằng quý, hằng năm công bố …": periods listed side by side time one piece of work
        if not _LISTED_TIMING.fullmatch(s, end, start)
    ]
    ends.append(timed[-1][1] if timed else 0)
    cuts: list[int] = []
    for end in ends[:-1]:
        m = re.match(r"[\s)\]]*[.;,]?\s*", s[end:])
        cut = end + (m.end() if m else 0)
        if len(s[cut:].split()) >= 3 and (not cuts or len(s[cuts[-1] : cut].split()) >= 3):
            cuts.append(cut)
    if len(cuts) and len(s[: cuts[0]].split()) < 3:
        return []
    return cuts


def _far_apart(spans: list[tuple[int, int]]) -> bool:
    return max(a for a, _ in spans) - min(b for _, b in spans) > 40
