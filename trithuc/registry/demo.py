"""Demo people for the registry: generated (never real people) with a fixed seed, so every run is the same.

Distributions follow the plan's concerns: ~45% women, ~15% ethnic minorities (Cơ-ho/K'Ho, Mạ, Chu-ru, M'Nông
first, as in Lâm Đồng), ages 25–65, degrees from bachelor to doctor of science, workplaces among the seeded
agencies and a few outside organisations, some pupils (with parental consent), attracted graduates and experts
abroad.
"""

import datetime as dt
import random
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from trithuc.agencies.models import Agency
from trithuc.core.text import strip_accents
from trithuc.registry.columns import ParsedRow
from trithuc.registry.cube import cells_rebuild
from trithuc.registry.models import Intellectual, StField
from trithuc.registry.reference import reference_data_load
from trithuc.registry.services.person_import import _insert

SEED = 20260521
FAMILY = [("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4),
          ("Võ", 4), ("Đặng", 3), ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2), ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đinh", 1)]  # fmt: skip
MIDDLE = {"male": ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Đình"],
          "female": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Hồng", "Phương"]}  # fmt: skip
GIVEN = {"male": ["An", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh",
                  "Khoa", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
                  "Thành", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Ân", "Ẩn", "Ơn", "Ưng"],
         "female": ["An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Diệp", "Dung", "Đào", "Giang", "Hà", "Hạnh", "Hằng",
                    "Hiền", "Hoa", "Hòa", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Nhung", "Oanh",
                    "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến", "Ấu", "Ơn"]}  # fmt: skip
# Ethnic-minority names of Lâm Đồng, generated from common name parts (not real people).
MINORITY = {
    "15": (["K'", "Ka", "Liêng", "Cil", "Kră Jăn", "Bon Niêng"], ["Brêl", "Bình", "Sang", "Hiền", "Tuyết", "Điểu", "Plin", "Kmin"]),
    "28": (["Điểu", "Ka", "K'"], ["Cường", "Thị Lang", "Đông", "Hoa", "Bré", "Sanh"]),
    "34": (["Touneh", "Ya", "Bơ Nah", "Ma"], ["Hàn Tâm", "Thị Huyền", "Đa Ra", "Nhí", "Jú", "Hơi"]),
    "20": (["Điểu", "Y", "H'", "Thị"], ["Brơi", "Bloanh", "Yên", "Khơn", "Drang", "Mai"]),
    "02": (["Hoàng", "Nông", "Lường"], ["Văn Thái", "Thị Lụa", "Văn Sáng"]),
    "07": (["Lục", "Hoàng", "Vi"], ["Văn Páo", "Thị Mai", "Văn Pằn"]),
    "14": (["Thành", "Đàng", "Thông"], ["Thị Hạnh", "Văn Sang", "Năng Tuấn"]),
}  # fmt: skip
MINORITY_WEIGHTS = [("15", 40), ("28", 15), ("34", 12), ("20", 12), ("02", 8), ("07", 8), ("14", 5)]
DEGREES = [("CN", 30), ("KS", 14), ("ThS", 30), ("BS", 5), ("CKI", 4), ("CKII", 2), ("TS", 12), ("TSKH", 1),
           ("DS", 1), ("KTS", 1)]  # fmt: skip
FIELD_WEIGHTS = {"1": 10, "2": 22, "3": 14, "4": 20, "5": 24, "6": 10}
AGENCIES = [("so-gddt", 22), ("so-y-te", 14), ("ubnd-da-lat", 9), ("ubnd-bao-loc", 6), ("so-khcn", 5),
            ("so-nnptnt", 6), ("so-noi-vu", 3), ("so-tai-chinh", 3), ("lhh", 2), ("so-xay-dung", 2),
            ("so-cong-thuong", 2), ("ubnd-duc-trong", 2), ("ubnd-di-linh", 2), ("ubnd-lam-ha", 2)]  # fmt: skip
OUTSIDE = [
    "Trường Đại học Đà Lạt",
    "Viện Nghiên cứu hạt nhân",
    "Bệnh viện Đa khoa tỉnh Lâm Đồng",
    "Viện Sinh học Tây Nguyên",
    "Trung tâm Nghiên cứu Khoai tây, Rau và Hoa",
    "Công ty cổ phần chè Cầu Đất",
]
LOCALITIES = [("Đà Lạt", 35), ("Bảo Lộc", 15), ("Đức Trọng", 10), ("Di Linh", 7), ("Lâm Hà", 7), ("Đơn Dương", 5),
              ("Lạc Dương", 4), ("Bảo Lâm", 4), ("Đạ Huoai", 3), ("Cát Tiên", 3), ("Đam Rông", 3),
              ("Gia Nghĩa", 2), ("Phan Thiết", 2)]  # fmt: skip
COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Úc", "Pháp", "Hoa Kỳ", "Đức", "Singapore"]
INSTITUTIONS = [("Trường Đại học Đà Lạt", "Việt Nam"), ("Trường Đại học Nông Lâm TP. Hồ Chí Minh", "Việt Nam"),
                ("Đại học Quốc gia Hà Nội", "Việt Nam"), ("Trường Đại học Y Dược TP. Hồ Chí Minh", "Việt Nam"),
                ("Đại học Kyoto", "Nhật Bản"), ("Đại học Quốc gia Úc", "Úc"), ("Đại học Montpellier", "Pháp")]  # fmt: skip
POLICY = "Chính sách thu hút nguồn nhân lực chất lượng cao của tỉnh Lâm Đồng"


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _name(rng: random.Random, gender: str, ethnic: str) -> str:
    if ethnic in MINORITY:
        families, givens = MINORITY[ethnic]
        family, given = rng.choice(families), rng.choice(givens)
        if family in ("K'", "H'"):
            return f"{family}{given}"
        if gender == "female" and ethnic in ("15", "28") and rng.random() < 0.5:
            return f"Ka {given}"
        return f"{family} {given}"
    return f"{_pick(rng, FAMILY)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"


def _person(
    rng: random.Random, index: int, today: dt.date, sectors: dict[str, list[str]], agency_ids: dict[str, int]
) -> dict[str, Any]:
    gender = "female" if rng.random() < 0.45 else "male"
    ethnic = _pick(rng, MINORITY_WEIGHTS) if rng.random() < 0.15 else "01"
    name = _name(rng, gender, ethnic)
    if rng.random() < 0.01:
        return {
            "values": {
                "kind": "pupil",
                "full_name": name,
                "gender": gender,
                "birth_year": today.year - rng.randint(12, 17),
                "guardian_consent_on": today - dt.timedelta(days=rng.randint(10, 600)),
                "guardian_name": "Cha/mẹ học sinh",
                "locality": _pick(rng, LOCALITIES),
                "works_in": "province",
            },
            "degrees": [],
            "titles": [],
            "fields": [],
        }
    age = min(65, max(25, int(rng.triangular(25, 65, 38))))
    degree = _pick(rng, DEGREES)
    group = _pick(rng, list(FIELD_WEIGHTS.items()))
    institution, country = rng.choice(INSTITUTIONS)
    works_in = _pick(rng, [("province", 88), ("vietnam", 7), ("abroad", 5)])
    agency = _pick(rng, AGENCIES) if works_in == "province" and rng.random() < 0.8 else None
    attracted = rng.random() < (0.25 if age < 35 else 0.03)
    values = {
        "full_name": name,
        "gender": gender,
        "ethnic_group": ethnic,
        "birth_year": today.year - age,
        "workplace_agency": agency_ids.get(agency) if agency else None,
        "workplace_name": ""
        if agency
        else (
            rng.choice(OUTSIDE)
            if works_in == "province"
            else "Viện nghiên cứu ở nước ngoài"
            if works_in == "abroad"
            else "Cơ quan ngoài tỉnh"
        ),
        "position": rng.choice(
            [
                "Chuyên viên",
                "Giảng viên",
                "Bác sĩ",
                "Nghiên cứu viên",
                "Giáo viên",
                "Trưởng phòng",
                "Phó Giám đốc",
            ]
        ),
        "works_in": works_in,
        "lives_in": works_in,
        "locality": _pick(rng, LOCALITIES) if works_in == "province" else "",
        "country": rng.choice(COUNTRIES) if works_in == "abroad" else "",
        "planning": _pick(rng, [("", 89), ("planned", 8), ("appointed", 3)])
        if age >= 30 and works_in == "province"
        else "",
        "is_excellent_graduate": attracted and age < 35 and rng.random() < 0.6,
        "attraction_policy": POLICY if attracted else "",
        "attraction_year": rng.randint(max(2016, today.year - age + 23), today.year) if attracted else None,
        "email": f"{strip_accents(name).lower().replace(' ', '.').replace(chr(39), '')}.{index}@example.com",
        "phone": f"09{rng.randint(10000000, 99999999)}",
        "consent_contact": rng.random() < 0.6,
        "honours": "Bằng khen của Chủ tịch UBND tỉnh" if rng.random() < 0.05 else "",
    }
    degrees = [
        {
            "kind": degree,
            "year": max(today.year - age + 22, today.year - rng.randint(0, age - 22)),
            "institution": institution,
            "country": country,
        }
    ]
    titles = []
    if degree in ("TS", "TSKH") and age >= 40 and rng.random() < 0.2:
        titles.append(
            {
                "kind": "GS" if age >= 55 and rng.random() < 0.25 else "PGS",
                "year": today.year - rng.randint(0, age - 38),
            }
        )
    fields = [rng.choice(sectors[group])]
    return {"values": values, "degrees": degrees, "titles": titles, "fields": fields}


def registry_demo_people(
    count: int, *, seed: int = SEED, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """The generated rows (also used by the benchmark), as parsed import rows."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    sectors: dict[str, list[str]] = {}
    for code, parent in StField.objects.filter(level=2).values_list("code", "parent_id"):
        sectors.setdefault(parent, []).append(code)
    agency_ids = dict(Agency.objects.values_list("code", "pk"))
    return [_person(rng, i, today, sectors, agency_ids) for i in range(count)]


@transaction.atomic(durable=True)
def registry_demo_setup(count: int = 3000) -> int:
    """Generate `count` demo people once (does nothing when they exist) and link the demo expert's record."""
    reference_data_load()
    created = 0
    if not Intellectual.objects.filter(source=Intellectual.Source.DEMO).exists():
        rows = registry_demo_people(count)
        for row in rows:
            row["values"]["source"] = Intellectual.Source.DEMO
        for start in range(0, len(rows), 2000):
            created += len(_insert([ParsedRow.from_values(r) for r in rows[start : start + 2000]]))
    _link_expert()
    cells_rebuild()
    return created


def _link_expert() -> None:
    user = get_user_model().objects.filter(username="chuyengia").first()
    if user is None or Intellectual.objects.filter(user=user).exists():
        return
    rows = [
        {
            "values": {
                "full_name": "K'Sor H'Hen",
                "gender": "female",
                "ethnic_group": "10",
                "birth_year": dt.date.today().year - 33,
                "workplace_agency": Agency.objects.filter(code="lhh").values_list("pk", flat=True).first(),
                "workplace_name": "",
                "position": "Chuyên gia tư vấn, phản biện",
                "works_in": "province",
                "locality": "Đà Lạt",
                "email": "chuyengia@example.com",
                "consent_contact": True,
                "source": Intellectual.Source.DEMO,
            },
            "degrees": [
                {
                    "kind": "TS",
                    "year": 2021,
                    "institution": "Trường Đại học Nông Lâm TP. Hồ Chí Minh",
                    "country": "Việt Nam",
                }
            ],
            "titles": [],
            "fields": ["401"],
        }
    ]
    _insert([ParsedRow.from_values(r) for r in rows])
    Intellectual.objects.filter(
        full_name="K'Sor H'Hen", user__isnull=True, source=Intellectual.Source.DEMO
    ).update(user=user)
