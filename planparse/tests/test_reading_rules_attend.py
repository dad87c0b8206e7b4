"""An owner's name ends at "dự" when it is the verb to attend a meeting, as at "tham dự" (found on a telegram after
round 58: "Các Bộ, cơ quan, địa phương dự Hội nghị đúng thành phần …" kept "dự Hội nghị đúng thành phần" in the
owner), never at the "dự" of "dự án" or "dự toán"."""

from __future__ import annotations

from planparse import parse_plan


def _leads(text: str) -> list[list[str]]:
    data = parse_plan(text).to_dict()

    def walk(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            out.append(item)
            out += walk(item.get("children", []))
        return out

    return [i["lead"] for i in walk(data["items"]) if i.get("kind") == "task"]


_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Tổ chức hội nghị tổng kết công tác năm 2026
I. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành dự Hội nghị đúng thành phần được mời; cử 01 cán bộ đầu mối gửi danh sách trước ngày 10/12/2026.
2. Ban Quản lý dự án đầu tư xây dựng tỉnh dự họp và báo cáo tiến độ các công trình trước ngày 12/12/2026.
3. Ban Quản lý dự án đầu tư xây dựng tỉnh chuẩn bị hội trường trước ngày 14/12/2026.
"""


def test_owner_ends_where_attending_begins() -> None:
    leads = _leads(_PLAN)
    assert ["Các sở, ban, ngành"] in leads
    assert ["Ban Quản lý dự án đầu tư xây dựng tỉnh"] in leads
    assert not any("Hội nghị" in name or "họp" in name for lead in leads for name in lead)
