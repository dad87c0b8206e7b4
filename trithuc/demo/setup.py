"""The demo database: seed agencies, the seed plan and a second plan imported from their texts (a yearly and a
monthly reporting cycle side by side), one account per role, progress.

Refused outside development: demo accounts must never exist in production.
"""

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.agencies.services import agencies_seed, province_profile_update
from trithuc.amendments.demo import amendments_demo_setup
from trithuc.core.environment import demo_allowed
from trithuc.core.errors import ServiceError
from trithuc.core.models import Membership
from trithuc.core.permissions import SYSTEM
from trithuc.events.demo import events_demo_setup
from trithuc.kpis.demo import kpis_demo_setup
from trithuc.plans.models import Plan, PlanImport, PlanItem, ProgressUpdate
from trithuc.plans.seed import seed_plan_ensure
from trithuc.plans.selectors import PlanSnapshot
from trithuc.plans.services.plan_import import (
    document_find,
    plan_import_confirm,
    plan_import_correct,
    plan_import_parse,
    plan_import_start,
)
from trithuc.plans.services.stamp import plan_changed
from trithuc.registry.demo import registry_demo_setup
from trithuc.reporting.demo import reporting_demo_setup
from trithuc.reviews.demo import reviews_demo_setup

DEMO_PASSWORD = "TriThuc@2026"
# The demo's province (data, not code: generic code reads it from agencies.ProvinceProfile). The plan items the
# pages cite are those of the seed plan (the Kết luận 52 plan).
DEMO_PROVINCE = {
    "name": "Lâm Đồng",
    "level": "tỉnh",
    "place": "Lâm Đồng",
    "department_name": "Sở Khoa học và Công nghệ",
    "talent_item_ref": "II.2",
}
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The second plan: a real public plan whose agencies report monthly (provenance in its .source.json).
SECOND_PLAN = FIXTURES / "ke-hoach-308-ha-noi-du-lieu-so.txt"

Role = Membership.Role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: str
    agency_code: str

    @property
    def email(self) -> str:
        """A reserved domain (RFC 2606): reminders reach the demo's console or mail file, never a real inbox."""
        return f"{self.username}@demo.trithuc.example"


DEMO_ACCOUNTS = [
    DemoAccount("dieuphoi", "Nguyễn Thị Điều Phối", Role.COORDINATOR, "so-khcn"),
    DemoAccount("noivu", "Trần Văn Nội Vụ", Role.REPORTER, "so-noi-vu"),
    DemoAccount("noivu.lanhdao", "Lê Minh Giám Đốc", Role.HEAD, "so-noi-vu"),
    DemoAccount("gddt", "Phạm Thu Giáo Dục", Role.REPORTER, "so-gddt"),
    DemoAccount("lanhdao", "Hoàng Văn Lãnh Đạo", Role.LEADER, "ubnd-tinh"),
    DemoAccount("lienhiep", "Đặng Thị Liên Hiệp", Role.UNION_OFFICER, "lhh"),
    DemoAccount("csdl", "Vũ Văn Dữ Liệu", Role.REGISTRY_OFFICER, "so-noi-vu"),
    DemoAccount("chuyengia", "K'Sor H'Hen", Role.EXPERT, "lhh"),
    DemoAccount("quantri", "Quản Trị Hệ Thống", Role.ADMINISTRATOR, "so-khcn"),
]


def demo_setup(*, people: int = 3000) -> dict[str, int | dict[str, int]]:
    """Idempotent: a second run finds everything in place and changes nothing. Each step is its own transaction.
    `people`: how many intellectuals to generate (browser tests need the pages, not the volume)."""
    if not demo_allowed():
        raise ServiceError("Không tạo dữ liệu demo trong môi trường production.")
    agencies_seed()
    province_profile_update(actor=SYSTEM, **DEMO_PROVINCE)
    plan = seed_plan_ensure()
    created_users = _demo_accounts()
    created_updates = (
        _demo_progress(plan) if not ProgressUpdate.objects.filter(item__plan=plan).exists() else 0
    )
    # The modules' own demo data, each idempotent and in its own transactions (the registry links "chuyengia").
    reporting = reporting_demo_setup()
    people = registry_demo_setup(people)
    # The finished review makes task TVPB.1 in version 1; the accepted amendment then makes version 2 (which
    # carries TVPB.1 over), and the events attach to the version in force.
    reviews = reviews_demo_setup()
    amendments = amendments_demo_setup()
    events = events_demo_setup()
    kpis = kpis_demo_setup()
    plan = Plan.objects.filter(document=plan.document, is_current=True).get()
    # The second plan, with its own monthly reporting cycle beside the seed plan's yearly one (the modules'
    # demos above are about the seed plan, named by its code).
    second = second_plan_ensure()
    if not ProgressUpdate.objects.filter(item__plan=second).exists():
        created_updates += _demo_progress(second)
    monthly = reporting_demo_setup(monthly_plan=second, seed_cycle=False)
    reporting = {key: reporting[key] + monthly[key] for key in reporting}
    return {
        "plan": plan.pk,
        "second_plan": second.pk,
        "users": created_users,
        "updates": created_updates,
        "reporting": reporting,
        "people": people,
        "reviews": reviews,
        "events": events,
        "amendments": amendments,
        "kpis": kpis,
    }


def second_plan_ensure() -> Plan:
    """The current version of the demo's second plan, imported first when the system does not have it."""
    meta = json.loads(SECOND_PLAN.with_suffix(".meta.json").read_text(encoding="utf-8"))
    existing = document_find(
        number=meta["number"],
        issuer=meta["issuer"],
        issued_on=dt.date.fromisoformat(meta["date"]),
        title=meta["title"],
        year=meta["year"],
    )
    if existing:
        return existing.plans.get(is_current=True)
    # As a coordinator would: upload, read, name the agencies of the phrases the province's list lacks, confirm.
    with SECOND_PLAN.open("rb") as handle:
        upload = UploadedFile(handle, name=SECOND_PLAN.name, size=SECOND_PLAN.stat().st_size)
        draft = plan_import_start(actor=SYSTEM, upload=upload)
    draft = plan_import_parse(plan_import_id=draft.pk)
    if draft.status == PlanImport.Status.FAILED:
        raise ServiceError(draft.error)
    draft = plan_import_correct(
        actor=SYSTEM,
        plan_import=draft,
        meta=meta,
        agency_choices=meta.get("agency_choices"),
        previous_plan=None,
    )
    return plan_import_confirm(actor=SYSTEM, plan_import=draft)


def _demo_accounts() -> int:
    user_model = get_user_model()
    created = 0
    for account in DEMO_ACCOUNTS:
        user, was_created = user_model.objects.get_or_create(username=account.username)
        if was_created:
            last, _, first = account.full_name.rpartition(" ")
            user.first_name, user.last_name = first, last
            user.set_password(DEMO_PASSWORD)
            user.is_staff = user.is_superuser = account.role == Role.ADMINISTRATOR
            user.save()
            created += 1
        if not user.email:  # demo databases made before accounts had addresses get them too
            user.email = account.email
            user.save(update_fields=["email"])
        Membership.objects.get_or_create(
            user=user, agency=Agency.objects.get(code=account.agency_code), role=account.role
        )
    return created


def _demo_progress(plan: Plan) -> int:
    """A believable history: most agencies reported, a few are late or missing, so every status shows."""
    snapshot = PlanSnapshot.load(plan)
    today = timezone.localdate()
    rows: list[tuple[ProgressUpdate, dt.date]] = []
    for index, item in enumerate(snapshot.tasks()):
        if snapshot.is_rolled_up(item):
            continue  # rolled up from section III
        lead_ids = sorted(snapshot.responsible(item)(item.deadline or today))
        for position, agency_id in enumerate(lead_ids):
            rows += _history(item, agency_id, index + position, snapshot.first_year, today)
    updates = ProgressUpdate.objects.bulk_create([u for u, _ in rows])
    for update, (_, reported_on) in zip(updates, rows, strict=True):
        stamp = timezone.make_aware(dt.datetime.combine(reported_on, dt.time(9, 0)))
        ProgressUpdate.objects.filter(pk=update.pk).update(created_at=stamp, updated_at=stamp)
    plan_changed(plan)  # written around the progress services: renew the plan's pages here
    return len(updates)


def _history(
    item: PlanItem, agency_id: int, seed: int, first_year: int, today: dt.date
) -> list[tuple[ProgressUpdate, dt.date]]:
    """Progress of one agency on one item; `seed` spreads the late and missing cases deterministically."""

    def update(
        status: str,
        result: str,
        reported_on: dt.date,
        completed_on: dt.date | None = None,
        year: int | None = None,
    ) -> tuple[ProgressUpdate, dt.date]:
        return (
            ProgressUpdate(
                item=item,
                agency_id=agency_id,
                status=status,
                result=result,
                completed_on=completed_on,
                period_year=year,
            ),
            reported_on,
        )

    done, doing = ProgressUpdate.Status.COMPLETED, ProgressUpdate.Status.IN_PROGRESS
    if item.deadline:
        if seed % 9 == 4:
            return []  # never reported: overdue
        finished = (
            item.deadline - dt.timedelta(days=10) if seed % 7 else item.deadline + dt.timedelta(days=45)
        )
        return [
            update(
                doing,
                "Đã xây dựng kế hoạch triển khai và tổ chức hội nghị quán triệt.",
                item.deadline - dt.timedelta(days=60),
            ),
            update(
                done, "Đã tổ chức quán triệt cho toàn thể cán bộ, công chức, viên chức.", finished, finished
            ),
        ]
    if item.recurrence:
        out = []
        last_year = today.year if (today.month, today.day) > (12, 14) else today.year - 1
        for year in range(first_year, last_year + 1):
            if year == last_year and seed % 5 == 2:
                continue  # last year's report still missing
            reported = dt.date(year, 12, 5 if (seed + year) % 6 else 28)
            out.append(update(done, f"Đã báo cáo kết quả thực hiện năm {year}.", reported, reported, year))
        out.append(
            update(
                doing,
                f"Đang triển khai các nội dung năm {last_year + 1}.",
                min(today, dt.date(last_year + 1, 6, 30)),
                None,
                last_year + 1,
            )
        )
        return out
    if seed % 3 == 0:
        return []
    year = today.year - 1
    return [
        update(
            doing,
            "Đang triển khai thường xuyên; đã lồng ghép vào kế hoạch công tác năm.",
            dt.date(year, 11, 20),
            None,
            year,
        )
    ]
