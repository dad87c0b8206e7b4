"""The import columns: header synonyms for the automatic mapping and the value parsers, cached per import."""

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from trithuc.agencies.models import Agency, AgencyAlias
from trithuc.core.text import agency_key
from trithuc.registry.duplicates import cached_search_key as search_key
from trithuc.registry.models import Degree, EthnicGroup, Intellectual, StField, Title


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    synonyms: tuple[str, ...] = ()
    required: bool = False


COLUMNS = [
    Column("full_name", "Họ và tên", ("ho ten", "ho va ten", "ten", "full name"), True),
    Column("other_names", "Tên gọi khác", ("ten khac", "ten goi khac", "bi danh")),
    Column("birth", "Ngày/năm sinh", ("ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay")),
    Column("gender", "Giới tính", ("gioi tinh", "gioi", "nam/nu")),
    Column("ethnic_group", "Dân tộc", ("dan toc", "ma dan toc")),
    Column("degree", "Trình độ (học vị)", ("trinh do", "hoc vi", "trinh do chuyen mon", "bang cap")),
    Column("degree_year", "Năm nhận bằng", ("nam nhan bang", "nam tot nghiep", "nam cap bang")),
    Column("degree_institution", "Cơ sở đào tạo", ("co so dao tao", "noi dao tao", "truong")),
    Column("degree_country", "Nước đào tạo", ("nuoc dao tao", "quoc gia dao tao")),
    Column("title", "Chức danh (GS, PGS)", ("chuc danh", "hoc ham", "chuc danh khoa hoc")),
    Column(
        "title_year", "Năm công nhận chức danh", ("nam cong nhan", "nam phong", "nam cong nhan chuc danh")
    ),
    Column(
        "fields", "Lĩnh vực KH&CN", ("linh vuc", "linh vuc khcn", "linh vuc khoa hoc va cong nghe", "nganh")
    ),
    Column(
        "workplace",
        "Cơ quan công tác",
        ("co quan", "noi cong tac", "don vi", "co quan cong tac", "don vi cong tac"),
    ),
    Column("position", "Chức vụ", ("chuc vu",)),
    Column("works_in", "Nơi làm việc", ("noi lam viec", "pham vi")),
    Column("locality", "Địa bàn", ("dia ban", "xa phuong", "huyen")),
    Column("country", "Quốc gia", ("quoc gia", "nuoc")),
    Column("planning", "Quy hoạch", ("quy hoach", "quy hoach can bo")),
    Column("excellent_graduate", "Tốt nghiệp xuất sắc", ("tot nghiep xuat sac", "sinh vien xuat sac")),
    Column("attraction_policy", "Chính sách thu hút", ("chinh sach thu hut", "chinh sach")),
    Column("attraction_year", "Năm thu hút", ("nam thu hut",)),
    Column("commitment_until", "Cam kết đến", ("cam ket den", "thoi han cam ket")),
    Column("honours", "Khen thưởng", ("khen thuong", "danh hieu", "giai thuong")),
    Column("email", "Thư điện tử", ("email", "thu dien tu", "e-mail")),
    Column("phone", "Điện thoại", ("dien thoai", "so dien thoai", "sdt")),
    Column(
        "consent_contact",
        "Đồng ý công khai liên hệ",
        ("dong y cong khai", "dong y cong khai lien he", "dong y"),
    ),
]
BY_KEY = {c.key: c for c in COLUMNS}
YES = {"co", "x", "1", "yes", "true", "dong y"}
NO = {"khong", "0", "no", "false", ""}


def auto_mapping(headers: list[str]) -> dict[str, str]:
    """Column key → header, by the label or a known synonym, accents and case ignored."""
    mapping: dict[str, str] = {}
    for header in headers:
        key = search_key(header)
        for column in COLUMNS:
            if column.key not in mapping and key in {search_key(column.label), *column.synonyms}:
                mapping[column.key] = header
                break
    return mapping


DEGREE_WORDS = {
    "tskh": Degree.TSKH, "tien si khoa hoc": Degree.TSKH, "ts": Degree.TS, "tien si": Degree.TS,
    "phd": Degree.TS, "ths": Degree.THS, "thac si": Degree.THS, "ckii": Degree.CKII, "ck ii": Degree.CKII,
    "ck2": Degree.CKII, "chuyen khoa ii": Degree.CKII, "chuyen khoa cap ii": Degree.CKII, "cki": Degree.CKI,
    "ck i": Degree.CKI, "ck1": Degree.CKI, "chuyen khoa i": Degree.CKI, "chuyen khoa cap i": Degree.CKI,
    "bs": Degree.BS, "bac si": Degree.BS, "ds": Degree.DS, "duoc si": Degree.DS, "kts": Degree.KTS,
    "kien truc su": Degree.KTS, "ks": Degree.KS, "ky su": Degree.KS, "cn": Degree.CN, "cu nhan": Degree.CN,
}  # fmt: skip
TITLE_WORDS = {"gs": Title.GS, "giao su": Title.GS, "pgs": Title.PGS, "pho giao su": Title.PGS}
GENDER_WORDS = {"nam": "male", "nu": "female", "m": "male", "f": "female"}
LOCATION_WORDS = {
    "trong tinh": "province", "tinh": "province", "ngoai tinh": "vietnam", "trong nuoc": "vietnam",
    "ngoai tinh, trong nuoc": "vietnam", "nuoc ngoai": "abroad", "o nuoc ngoai": "abroad",
}  # fmt: skip
PLANNING_WORDS = {"": "", "khong": "", "quy hoach": "planned", "trong quy hoach": "planned", "co": "planned",
                  "da bo nhiem": "appointed", "bo nhiem": "appointed"}  # fmt: skip


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class Lookups:
    """Code lists loaded once per import so 100,000 rows cost no query each."""

    ethnic: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Lookups":
        lookups = cls()
        for group in EthnicGroup.objects.all():
            for name in [group.code, group.name, *group.other_names.split(";")]:
                key = search_key(name).replace("-", " ").replace("'", "")
                if key:
                    lookups.ethnic.setdefault(key, group.code)
        for f in StField.objects.all():
            lookups.fields[f.code] = f.code
            lookups.fields.setdefault(search_key(f.name), f.code)
        for agency in Agency.objects.all():
            lookups.agencies[agency.code] = agency.pk
            lookups.agencies.setdefault(agency_key(agency.name), agency.pk)
        for alias in AgencyAlias.objects.all():
            lookups.agencies.setdefault(alias.key, alias.agency_id)
        return lookups


class RowError(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column, self.reason = column, reason


def _year(value: Any, column: str, low: int = 1900, high: int | None = None) -> int | None:
    raw = text(value)
    if not raw:
        return None
    if not re.fullmatch(r"\d{4}", raw):
        raise RowError(column, f"“{raw}” không phải là năm (4 chữ số).")
    year = int(raw)
    if not (low <= year <= (high or dt.date.today().year + 1)):
        raise RowError(column, f"Năm {year} nằm ngoài khoảng hợp lệ.")
    return year


def _date(value: Any, column: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    if not raw:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise RowError(column, f"“{raw}” không phải ngày hợp lệ (dd/mm/yyyy).")


def parse_row(raw: dict[str, Any], lookups: Lookups) -> dict[str, Any]:
    """One spreadsheet row (column key → cell) → the person's values; raises RowError with a Vietnamese reason."""
    label = lambda key: BY_KEY[key].label  # noqa: E731
    name = " ".join(text(raw.get("full_name")).split())
    if not name:
        raise RowError(label("full_name"), "Thiếu họ và tên.")
    if len(name) > 200 or any(ch.isdigit() for ch in name):
        raise RowError(label("full_name"), "Họ và tên không hợp lệ.")
    values: dict[str, Any] = {"full_name": name, "other_names": text(raw.get("other_names"))[:200]}
    birth = raw.get("birth")
    if isinstance(birth, dt.date | dt.datetime) or "/" in text(birth) or "-" in text(birth):
        values["birth_date"] = _date(birth, label("birth"))
        values["birth_year"] = values["birth_date"].year
        if not 1900 <= values["birth_year"] <= dt.date.today().year:
            raise RowError(label("birth"), "Ngày sinh nằm ngoài khoảng hợp lệ.")
    else:
        values["birth_year"] = _year(birth, label("birth"), 1900, dt.date.today().year)
    gender = search_key(text(raw.get("gender")))
    if gender and gender not in GENDER_WORDS:
        raise RowError(label("gender"), f"Giới tính “{text(raw.get('gender'))}” phải là Nam hoặc Nữ.")
    values["gender"] = GENDER_WORDS.get(gender, "")
    ethnic = search_key(text(raw.get("ethnic_group"))).replace("-", " ").replace("'", "")
    if ethnic:
        code = lookups.ethnic.get(ethnic) or lookups.ethnic.get(ethnic.zfill(2))
        if code is None:
            raise RowError(
                label("ethnic_group"),
                f"Không có dân tộc “{text(raw.get('ethnic_group'))}” trong danh mục 54 dân tộc.",
            )
        values["ethnic_group"] = code
    values.update(_workplace(raw, lookups))
    for key in ("position", "locality", "country", "attraction_policy", "honours", "phone"):
        values[key] = text(raw.get(key))[:255]
    values["position"] = values["position"][:200]
    values["locality"] = values["locality"][:100]
    values["country"] = values["country"][:100]
    values["phone"] = values["phone"][:32]
    email = text(raw.get("email"))
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise RowError(label("email"), f"Thư điện tử “{email}” không hợp lệ.")
    values["email"] = email
    where = search_key(text(raw.get("works_in")))
    if where and where not in LOCATION_WORDS:
        raise RowError(label("works_in"), "Nơi làm việc phải là Trong tỉnh, Ngoài tỉnh hoặc Nước ngoài.")
    values["works_in"] = LOCATION_WORDS.get(where) or (
        "abroad" if values["country"] and search_key(values["country"]) != "viet nam" else "province"
    )
    planning = search_key(text(raw.get("planning")))
    if planning not in PLANNING_WORDS:
        raise RowError(label("planning"), "Quy hoạch phải là trống, “Trong quy hoạch” hoặc “Đã bổ nhiệm”.")
    values["planning"] = PLANNING_WORDS[planning]
    values["is_excellent_graduate"] = _yes(raw.get("excellent_graduate"), label("excellent_graduate"))
    values["consent_contact"] = _yes(raw.get("consent_contact"), label("consent_contact"))
    values["attraction_year"] = _year(raw.get("attraction_year"), label("attraction_year"), 1990)
    values["commitment_until"] = _date(raw.get("commitment_until"), label("commitment_until"))
    degree = _degree(raw, lookups)
    title = _title(raw)
    codes = _fields(raw, lookups)
    return {
        "values": values,
        "degrees": [degree] if degree else [],
        "titles": [title] if title else [],
        "fields": codes,
    }


def _yes(value: Any, column: str) -> bool:
    key = search_key(text(value))
    if key in YES:
        return True
    if key in NO:
        return False
    raise RowError(column, "Chỉ nhận Có hoặc Không.")


@lru_cache(maxsize=50_000)
def _agency_key(name: str) -> str:
    return agency_key(name)


def _workplace(raw: dict[str, Any], lookups: Lookups) -> dict[str, Any]:
    name = text(raw.get("workplace"))
    agency_id = lookups.agencies.get(name) or lookups.agencies.get(_agency_key(name)) if name else None
    return {"workplace_agency": agency_id, "workplace_name": "" if agency_id else name[:255]}


def _degree(raw: dict[str, Any], lookups: Lookups) -> dict[str, Any] | None:
    value = text(raw.get("degree"))
    if not value:
        if text(raw.get("degree_year")):
            raise RowError(BY_KEY["degree"].label, "Có năm nhận bằng nhưng thiếu trình độ.")
        return None
    kind = DEGREE_WORDS.get(search_key(value).replace(".", "").strip())
    if kind is None:
        raise RowError(
            BY_KEY["degree"].label,
            f"Trình độ “{value}” không có trong danh mục (TSKH, TS, ThS, CKII, CKI, BS, DS, KTS, KS, CN).",
        )
    return {
        "kind": kind,
        "year": _year(raw.get("degree_year"), BY_KEY["degree_year"].label, 1950),
        "institution": text(raw.get("degree_institution"))[:255],
        "country": text(raw.get("degree_country"))[:100],
    }


def _title(raw: dict[str, Any]) -> dict[str, Any] | None:
    value = search_key(text(raw.get("title"))).replace(".", "").strip()
    if not value:
        return None
    if value not in TITLE_WORDS:
        raise RowError(BY_KEY["title"].label, "Chức danh phải là GS hoặc PGS.")
    return {
        "kind": TITLE_WORDS[value],
        "year": _year(raw.get("title_year"), BY_KEY["title_year"].label, 1950),
    }


def _fields(raw: dict[str, Any], lookups: Lookups) -> list[str]:
    codes = []
    for part in re.split(r"[;\n]", text(raw.get("fields"))):
        part = part.strip()
        if not part:
            continue
        code = (
            lookups.fields.get(part)
            or lookups.fields.get(part.split(" ", 1)[0])
            or lookups.fields.get(search_key(part))
        )
        if code is None:
            raise RowError(BY_KEY["fields"].label, f"Lĩnh vực “{part}” không có trong bảng phân loại KH&CN.")
        codes.append(code)
    return list(dict.fromkeys(codes))


def person_kind() -> str:
    return Intellectual.Kind.INTELLECTUAL
