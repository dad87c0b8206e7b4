"""Demo events: dissemination conferences of several agencies since 2020, media campaigns, the Union's 2025
dialogue with its recommendations followed up (answered, answered late, one overdue), the 2026 dialogue, a
seminar and the provincial technical creativity contest with winners from the registry.

Idempotent: every event is found by (organiser, title, start date), every recommendation and prize by its text,
so a second run changes nothing. Each step runs in the services' own transactions. Called from
trithuc.demo.setup.demo_setup after the plan, accounts, reporting and registry demo exist.
"""

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.events.models import ContestPrize, Event, Recommendation
from trithuc.events.services import (
    EventData,
    event_publish,
    event_save,
    participant_add,
    prize_add,
    recommendation_add,
    recommendation_answer,
)
from trithuc.plans.models import PlanItem
from trithuc.plans.seed import seed_plan_in_force

D = dt.date
K = Event.Kind
UNION_DIALOGUE_2025 = "Gặp mặt, đối thoại với đội ngũ trí thức tỉnh Lâm Đồng năm 2025"
UNION_DIALOGUE_2026 = "Gặp mặt, đối thoại với đội ngũ trí thức tỉnh Lâm Đồng năm 2026"
CONTEST = "Hội thi Sáng tạo kỹ thuật tỉnh Lâm Đồng lần thứ XIV (2025–2026)"

# (organiser, kind, plan ref, title, start, end, place, counts (total, female, minority, young), media (articles,
# broadcasts), publish)
EVENTS: list[tuple[Any, ...]] = [
    ("so-noi-vu", K.DISSEMINATION, "II.1.a", "Hội nghị quán triệt Kết luận 52-KL/TW và Quyết định 142/QĐ-TTg",
     D(2020, 5, 12), None, "Hội trường Sở Nội vụ, Đà Lạt", (180, 96, 21, 44), (2, 0), True),
    ("so-gddt", K.DISSEMINATION, "II.1.a", "Hội nghị trực tuyến quán triệt Kết luận 52-KL/TW trong ngành giáo dục",
     D(2020, 5, 20), None, "Sở GD&ĐT và 12 điểm cầu huyện, thành phố", (412, 287, 64, 120), (1, 1), True),
    ("so-y-te", K.DISSEMINATION, "II.1.a", "Hội nghị quán triệt Kết luận 52-KL/TW cho cán bộ ngành y tế",
     D(2020, 6, 25), None, "Hội trường Sở Y tế", (156, 98, 12, 37), (0, 0), True),
    ("so-tttt", K.MEDIA, "II.1.b", "Đợt tuyên truyền về vai trò của đội ngũ trí thức trong sự nghiệp đổi mới",
     D(2020, 6, 1), D(2020, 9, 30), "Báo Lâm Đồng, Đài PT-TH Lâm Đồng", None, (18, 5), True),
    ("so-nnptnt", K.DISSEMINATION, "III.8.b", "Hội nghị phổ biến Kế hoạch xây dựng đội ngũ trí thức ngành nông nghiệp",
     D(2024, 3, 15), None, "Trung tâm Khuyến nông tỉnh, Đà Lạt", (96, 41, 15, 30), (1, 0), True),
    ("so-xay-dung", K.DISSEMINATION, "III.8.b", "Hội nghị phổ biến Kế hoạch thực hiện Kết luận 52-KL/TW năm 2025",
     D(2025, 4, 10), None, "Hội trường Sở Xây dựng", (64, 22, 6, 18), (0, 0), True),
    ("so-noi-vu", K.DISSEMINATION, "III.8.b", "Hội nghị phổ biến chính sách thu hút, trọng dụng trí thức năm 2026",
     D(2026, 3, 18), None, "Hội trường Sở Nội vụ, Đà Lạt", (140, 74, 19, 38), (1, 0), True),
    ("so-gddt", K.DISSEMINATION, "III.8.b", "Hội nghị phổ biến chính sách phát hiện, bồi dưỡng tài năng trẻ năm 2026",
     D(2026, 4, 22), None, "Trường THPT chuyên Thăng Long, Đà Lạt", (230, 161, 35, 95), (2, 1), True),
    ("so-vhttdl", K.MEDIA, "II.1.b", "Chuyên mục “Trí thức Lâm Đồng với đổi mới sáng tạo” trên báo chí năm 2026",
     D(2026, 1, 5), D(2026, 6, 30), "Báo Lâm Đồng, Đài PT-TH Lâm Đồng", None, (24, 6), True),
    ("so-khcn", K.SEMINAR, "III.1.b", "Hội thảo khoa học: Phát huy vai trò trí thức trong đổi mới sáng tạo",
     D(2026, 8, 20), None, "Trung tâm Hội nghị tỉnh, Đà Lạt", (120, 43, 11, 35), (3, 1), True),
    ("so-noi-vu", K.DISSEMINATION, "III.8.b", "Hội nghị tổng kết công tác trí thức năm 2026 (dự kiến)",
     D(2026, 12, 10), None, "Hội trường Sở Nội vụ, Đà Lạt", None, (0, 0), False),
    # The Union's 2025 dialogue has the counts its accepted 2025 report gives (reporting's demo: 43, 18 women, 5).
    ("lhh", K.DIALOGUE, "III.7.b", UNION_DIALOGUE_2025, D(2025, 10, 18), None,
     "Hội trường Liên hiệp các Hội KH&KT tỉnh, Đà Lạt", (43, 18, 5, 10), (0, 0), True),
    ("lhh", K.DIALOGUE, "III.7.b", UNION_DIALOGUE_2026, D(2026, 10, 17), None,
     "Trung tâm Hội nghị tỉnh, Đà Lạt", (52, 23, 7, 15), (3, 1), True),
    ("lhh", K.CONTEST, "III.7.a", CONTEST, D(2026, 1, 15), D(2026, 9, 28),
     "Liên hiệp các Hội KH&KT tỉnh", None, (4, 2), True),
]  # fmt: skip

# (answering agency, deadline, text, raised by, answer or None, answered on)
RECOMMENDATIONS_2025 = [
    ("so-xay-dung", D(2026, 3, 31), "Bố trí nhà ở công vụ cho trí thức trẻ về công tác tại các xã vùng sâu, vùng xa.",
     "ThS. Ka Hiền, Trường Cao đẳng Đà Lạt",
     "Sở Xây dựng đã trình UBND tỉnh danh mục 3 khu nhà ở công vụ tại Di Linh, Đam Rông, Lạc Dương; khởi công năm 2026.",
     D(2026, 3, 20)),
    ("so-khcn", D(2026, 3, 31), "Đặt hàng nhiệm vụ khoa học và công nghệ cho các nhóm nghiên cứu trẻ của tỉnh.",
     "TS. Nguyễn Minh Khoa, Viện Sinh học Tây Nguyên",
     "Năm 2026 Sở KH&CN đã đặt hàng 4 nhiệm vụ cấp tỉnh do chủ nhiệm dưới 35 tuổi thực hiện.", D(2026, 4, 15)),
    ("so-noi-vu", D(2026, 4, 30), "Nâng mức hỗ trợ ban đầu trong chính sách thu hút nguồn nhân lực chất lượng cao.",
     "PGS.TS. Trần Văn Hải, Trường Đại học Đà Lạt",
     "Sở Nội vụ đã trình dự thảo nghị quyết sửa đổi, nâng mức hỗ trợ ban đầu; HĐND tỉnh xem xét tại kỳ họp giữa năm.",
     D(2026, 4, 25)),
    ("so-gddt", D(2026, 6, 30), "Có học bổng riêng cho sinh viên người dân tộc thiểu số theo học các ngành khoa học cơ bản.",
     "TS. Touneh Hàn Tâm, Trường Đại học Đà Lạt", None, None),
    ("so-khcn", D(2026, 6, 30), "Mở phòng thí nghiệm dùng chung cho trí thức ngoài công lập.",
     "KS. Lê Quốc Việt, Công ty cổ phần chè Cầu Đất",
     "Phòng thí nghiệm dùng chung tại Trung tâm Ứng dụng KH&CN đã mở cho các tổ chức ngoài công lập từ 6/2026.",
     D(2026, 6, 12)),
]  # fmt: skip
RECOMMENDATIONS_2026 = [
    ("so-noi-vu", D(2027, 3, 31), "Đưa trí thức trẻ, nữ, dân tộc thiểu số có triển vọng vào quy hoạch cán bộ cấp sở.",
     "ThS. K'Brêl, Sở Nông nghiệp và Môi trường", None, None),
    ("so-tai-chinh", D(2027, 3, 31), "Bố trí kinh phí cho Quỹ phát triển khoa học và công nghệ tỉnh.",
     "TS. Phạm Thu Hà, Trường Đại học Yersin Đà Lạt", None, None),
]  # fmt: skip
PRIZES = [("Giải Nhất", "Máy sấy cà phê bằng năng lượng mặt trời kết hợp bơm nhiệt"),
          ("Giải Nhì", "Hệ thống tưới nhỏ giọt điều khiển qua điện thoại cho vườn rau Đà Lạt"),
          ("Giải Nhì", "Quy trình nhân giống lan Hài bằng nuôi cấy mô"),
          ("Giải Ba", "Phần mềm quản lý hồ sơ bệnh án điện tử cho trạm y tế xã"),
          ("Giải Ba", "Thiết bị cảnh báo sạt lở đất sớm cho đèo Prenn")]  # fmt: skip


def _items() -> dict[str, PlanItem]:
    """The demo's events serve items of the Kết luận 52 plan, named by its code (never the newest plan)."""
    plan = seed_plan_in_force()
    return {i.ref: i for i in PlanItem.objects.filter(plan=plan)} if plan else {}


def _event(spec: tuple[Any, ...], items: dict[str, PlanItem], today: dt.date) -> tuple[Event | None, int]:
    code, kind, ref, title, start, end, place, counts, media, publish = spec
    organiser = Agency.objects.filter(code=code).first()
    if organiser is None:
        return None, 0
    found = Event.objects.filter(organiser=organiser, title=title, start_on=start).first()
    created = 0
    if found is None:
        total, female, minority, young = counts or (None, None, None, None)
        found = event_save(
            actor=SYSTEM,
            event=None,
            data=EventData(
                kind=kind,
                title=title,
                organiser=organiser,
                start_on=start,
                end_on=end,
                plan_item=items.get(ref),
                place=place,
                summary=f"{kind.label} thực hiện mục {ref} của Kế hoạch.",
                minutes="Biên bản và danh sách đại biểu lưu tại văn phòng đơn vị.",
                participants_total=total,
                participants_female=female,
                participants_minority=minority,
                participants_young=young,
                articles=media[0],
                broadcasts=media[1],
                entries=86 if kind == K.CONTEST else None,
            ),
        )
        created = 1
    if publish and not found.is_published and (end or start) <= today:
        found = event_publish(actor=SYSTEM, event=found)
    return found, created


def _recommendations(dialogue: Event, rows: list[tuple[Any, ...]], today: dt.date) -> None:
    for code, deadline, text, raised_by, answer, answered_on in rows:
        rec = Recommendation.objects.filter(event=dialogue, text=text).first()
        if rec is None:
            rec = recommendation_add(
                actor=SYSTEM,
                event=dialogue,
                text=text,
                raised_by=raised_by,
                answering_agency=Agency.objects.get(code=code),
                deadline=deadline,
            )
        if answer and not rec.answer and dialogue.is_published and answered_on <= today:
            recommendation_answer(actor=SYSTEM, recommendation=rec, answer=answer, answered_on=answered_on)


def _people(count: int, offset: int = 0) -> list[Any]:
    from trithuc.registry.models import Intellectual  # noqa: PLC0415

    return list(
        Intellectual.objects.filter(
            kind=Intellectual.Kind.INTELLECTUAL, is_restricted=False, source=Intellectual.Source.DEMO
        ).order_by("id")[offset : offset + count]
    )


def _participants(event: Event, people: list[Any]) -> None:
    linked = set(event.participants.values_list("person_id", flat=True))
    for person in people:
        if person.pk not in linked:
            participant_add(actor=SYSTEM, event=event, person_id=person.pk)


def _contest(contest: Event) -> None:
    entrants = _people(8, offset=40)
    _participants(contest, entrants)
    for n, (rank, title) in enumerate(PRIZES):
        if ContestPrize.objects.filter(event=contest, entry_title=title).exists():
            continue
        winner = entrants[n] if n < len(entrants) else None
        prize_add(
            actor=SYSTEM,
            event=contest,
            rank=rank,
            entry_title=title,
            winner_name=winner.full_name if winner else "Nhóm tác giả Trường Đại học Đà Lạt",
            person_id=winner.pk if winner else None,
        )


def _refresh_reports() -> None:
    """Draft reports take the figures of events recorded after they were last saved (reporting's own hook)."""
    from trithuc.reporting.derived import report_derived_values_store  # noqa: PLC0415
    from trithuc.reporting.models import AgencyReport  # noqa: PLC0415

    for report in AgencyReport.objects.filter(status__in=AgencyReport.EDITABLE).select_related("period"):
        with transaction.atomic():
            report_derived_values_store(report=report)


def events_demo_setup() -> int:
    """Create the demo events once; returns how many events this run created."""
    today = timezone.localdate()
    items = _items()
    created = 0
    by_title: dict[str, Event] = {}
    for spec in EVENTS:
        event, made = _event(spec, items, today)
        created += made
        if event is not None:
            by_title[event.title] = event
    if UNION_DIALOGUE_2025 in by_title:
        _recommendations(by_title[UNION_DIALOGUE_2025], RECOMMENDATIONS_2025, today)
        _participants(by_title[UNION_DIALOGUE_2025], _people(12))
    if UNION_DIALOGUE_2026 in by_title:
        _recommendations(by_title[UNION_DIALOGUE_2026], RECOMMENDATIONS_2026, today)
        _participants(by_title[UNION_DIALOGUE_2026], _people(10, offset=12))
    if CONTEST in by_title:
        _contest(by_title[CONTEST])
    if created:
        _refresh_reports()
    return created
