"""Spreadsheet exports: the filtered person list with only the columns the user may see, and statistics tables.
Every export is logged (Law 91/2025: personal data leaving the system)."""

import datetime as dt
from dataclasses import asdict
from typing import Any

from django.utils.functional import Promise
from openpyxl import Workbook

from trithuc.core import audit
from trithuc.core.spreadsheets import safe_row, workbook_bytes
from trithuc.registry.permissions import registry_access
from trithuc.registry.selectors import (
    PersonFilters,
    RegistryStats,
    allowed_filters,
    filters_logged,
    person_list,
)


def _cell(value: Any) -> Any:
    return str(value) if isinstance(value, Promise) else value


def person_row(person: Any, level: str, contact: bool) -> dict[str, Any]:
    """The cells one viewer may see of one person; ethnicity only at level 'full'."""
    degrees = sorted(person.degrees.all(), key=lambda d: d.year or 0)
    row: dict[str, Any] = {
        "Họ và tên": person.full_name,
        "Chức danh": person.get_title_display() if person.title else "",
        "Trình độ cao nhất": person.get_highest_degree_display() if person.highest_degree else "",
        "Văn bằng": "; ".join(f"{d.kind} {d.year or ''} {d.institution}".strip() for d in degrees),
        "Lĩnh vực": "; ".join(f"{f.code} {f.name}" for f in person.fields.all()),
        "Cơ quan công tác": person.workplace,
        "Chức vụ": person.position,
    }
    if level in ("full", "agency"):
        row |= {
            "Năm sinh": person.birth_year or "",
            "Giới tính": person.get_gender_display() if person.gender else "",
            "Nơi làm việc": person.place_label(),
            "Quy hoạch": person.get_planning_display() if person.planning else "",
            "Chính sách thu hút": person.attraction_policy,
            "Năm thu hút": person.attraction_year or "",
        }
    if level == "full":
        row["Dân tộc"] = person.ethnic_group.name if person.ethnic_group_id else ""
    if contact:
        row |= {"Thư điện tử": person.email, "Điện thoại": person.phone}
    return row


def person_export_xlsx(*, user: Any, filters: PersonFilters, as_of: dt.date) -> bytes:
    access = registry_access(user)
    people = person_list(user=user, filters=filters, as_of=as_of).select_related("ethnic_group")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách trí thức")
    header: list[str] | None = None
    count = 0
    for person in people.iterator(chunk_size=2000):
        row = person_row(person, access.level(person), access.sees_contact(person))
        if header is None:
            header = list(_all_columns(access))
            sheet.append(header)
        sheet.append(safe_row(sheet, [_cell(row.get(column, "")) for column in header]))
        count += 1
    if header is None:
        sheet.append(["Không có người nào phù hợp bộ lọc."])
    audit.record(
        actor=user,
        action="registry.export",
        extra={"rows": count, "filters": filters_logged(allowed_filters(filters, access.filterable()))},
    )
    return workbook_bytes(workbook)


def _all_columns(access: Any) -> list[str]:
    columns = [
        "Họ và tên",
        "Chức danh",
        "Trình độ cao nhất",
        "Văn bằng",
        "Lĩnh vực",
        "Cơ quan công tác",
        "Chức vụ",
    ]
    if access.is_officer or access.agency_ids:
        columns += ["Năm sinh", "Giới tính", "Nơi làm việc", "Quy hoạch", "Chính sách thu hút", "Năm thu hút"]
    if access.is_officer:
        columns.append("Dân tộc")
    if access.is_officer or access.agency_ids or access.contact_if_consented:
        columns += ["Thư điện tử", "Điện thoại"]
    return columns


def stats_export_xlsx(*, user: Any, stats: RegistryStats, filters: PersonFilters) -> bytes:
    """Every chart of the statistics page as a table, one sheet each, plus the totals and the pipeline."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Tổng hợp")
    sheet.append([f"Số liệu cơ sở dữ liệu trí thức đến ngày {stats.as_of:%d/%m/%Y}"])
    for label, n in stats.pipeline:
        sheet.append(safe_row(sheet, [label, n]))
    for key, figure in stats.totals.items():
        sheet.append(safe_row(sheet, [key, figure]))
    if stats.ethnicity_note and any(b.note for b in stats.breakdowns):
        sheet.append(["Ghi chú", stats.ethnicity_note])
    for breakdown in stats.breakdowns:
        page = workbook.create_sheet(breakdown.title[:31])
        page.append([breakdown.title, "Số người"])
        for label, people, _ in breakdown.rows:
            page.append(safe_row(page, [_cell(label), people]))
        if breakdown.note:
            page.append([breakdown.note])
    audit.record(
        actor=user,
        action="registry.export",
        extra={
            "kind": "stats",
            "filters": {k: str(v) for k, v in asdict(filters).items() if v not in (None, "")},
        },
    )
    return workbook_bytes(workbook)
