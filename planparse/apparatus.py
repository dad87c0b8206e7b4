"""The ministries of the national government, by the names laws and plans write after "Bộ".

Data of the state apparatus, not of one document: a name such as "Văn hóa, Thể thao và Du lịch" holds a comma, so a
list "Các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính" can only be parted by knowing which names exist. Former
ministries stay listed because older plans still name them.
"""

from __future__ import annotations

from .text import agency_key

# Government structure of 2025 (Nghị định 25/2025, Nghị quyết 176/2025/QH15) and the ministries it merged.
MINISTRIES = frozenset(
    {
        "Quốc phòng",
        "Công an",
        "Ngoại giao",
        "Nội vụ",
        "Tư pháp",
        "Tài chính",
        "Công Thương",
        "Nông nghiệp và Môi trường",
        "Xây dựng",
        "Văn hóa, Thể thao và Du lịch",
        "Khoa học và Công nghệ",
        "Giáo dục và Đào tạo",
        "Y tế",
        "Dân tộc và Tôn giáo",
        # merged or renamed in 2025
        "Kế hoạch và Đầu tư",
        "Lao động - Thương binh và Xã hội",
        "Tài nguyên và Môi trường",
        "Nông nghiệp và Phát triển nông thôn",
        "Giao thông vận tải",
        "Thông tin và Truyền thông",
    }
)


# keyed as agencies are matched (case, spaces and the tone mark's old place, "hoá"/"hóa", make no other ministry)
_BY_KEY = {agency_key(n): n for n in MINISTRIES}


def ministry_name(name: str) -> str | None:
    """The ministry's name as the list writes it, if `name` (without "Bộ") is one."""
    return _BY_KEY.get(agency_key(name))


def is_ministry(name: str) -> bool:
    """Whether `name` (without "Bộ") is a ministry's name."""
    return ministry_name(name) is not None


# round 25: a province's departments (Sở) carry the ministries' fields (Nghị định 150/2025), and a few of their own:
# the culture and tourism department where a province splits it, the foreign affairs department, and the planning
# and architecture department of the two largest cities
_DEPARTMENT_KEYS = frozenset(_BY_KEY) | {
    agency_key(n) for n in ("Văn hóa và Thể thao", "Du lịch", "Ngoại vụ", "Quy hoạch - Kiến trúc")
}


def is_department(name: str) -> bool:
    """Whether `name` (without "Bộ" or "Sở") is the whole name of a ministry or a provincial department: it has no
    more words, so what comes after it is not part of it."""
    return agency_key(name) in _DEPARTMENT_KEYS


def rejoin_ministries(parts: list[str]) -> list[str]:
    """Parts of a comma list under the head "Bộ", with the parts of one ministry's name joined again
    (["Văn hóa", "Thể thao và Du lịch", "Tài chính"] -> ["Văn hóa, Thể thao và Du lịch", "Tài chính"])."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i + 1, -1):
            if is_ministry(", ".join(parts[i:j])):
                out.append(", ".join(parts[i:j]))
                i = j
                break
        else:
            out.append(parts[i])
            i += 1
    return out
