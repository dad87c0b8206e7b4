"""The import columns: header synonyms for the automatic mapping and the value parsers, cached per import."""

import datetime as dt
import re
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from trithuc.agencies.models import Agency, AgencyAlias
from trithuc.core.text import agency_key
from trithuc.registry.collation import name_sort_key
from trithuc.registry.duplicates import cached_search_key as search_key
from trithuc.registry.duplicates import duplicate_key, name_search_key
from trithuc.registry.models import (
    FOREIGNER_CODE,
    KINH_CODE,
    Degree,
    DegreeRecord,
    EthnicGroup,
    Intellectual,
    StField,
    Title,
)


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
# Compiled once: e-mails are unique per row, so their check runs 100,000 times for such a file.
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
YEAR_RE = re.compile(r"\d{4}")
FIELD_SEPARATOR_RE = re.compile(r"[;\n]")
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
    "tskh": Degree.TSKH,
    "tien si khoa hoc": Degree.TSKH,
    "ts": Degree.TS,
    "tien si": Degree.TS,
    "phd": Degree.TS,
    "ths": Degree.THS,
    "thac si": Degree.THS,
    "ckii": Degree.CKII,
    "ck ii": Degree.CKII,
    "ck2": Degree.CKII,
    "chuyen khoa ii": Degree.CKII,
    "chuyen khoa cap ii": Degree.CKII,
    "cki": Degree.CKI,
    "ck i": Degree.CKI,
    "ck1": Degree.CKI,
    "chuyen khoa i": Degree.CKI,
    "chuyen khoa cap i": Degree.CKI,
    "bs": Degree.BS,
    "bac si": Degree.BS,
    "ds": Degree.DS,
    "duoc si": Degree.DS,
    "kts": Degree.KTS,
    "kien truc su": Degree.KTS,
    "ks": Degree.KS,
    "ky su": Degree.KS,
    "cn": Degree.CN,
    "cu nhan": Degree.CN,
}
TITLE_WORDS = {"gs": Title.GS, "giao su": Title.GS, "pgs": Title.PGS, "pho giao su": Title.PGS}
GENDER_WORDS = {"nam": "male", "nu": "female", "m": "male", "f": "female"}
LOCATION_WORDS = {
    "trong tinh": "province",
    "tinh": "province",
    "ngoai tinh": "vietnam",
    "trong nuoc": "vietnam",
    "ngoai tinh, trong nuoc": "vietnam",
    "nuoc ngoai": "abroad",
    "o nuoc ngoai": "abroad",
}
PLANNING_WORDS = {
    "": "",
    "khong": "",
    "quy hoach": "planned",
    "trong quy hoach": "planned",
    "co": "planned",
    "da bo nhiem": "appointed",
    "bo nhiem": "appointed",
}


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
        self.errors: list[tuple[str, str]] = [(column, reason)]
        self.name = ""


def every_error(first: RowError, checks: list[tuple[Any, Any]], name: str) -> RowError:
    """The first error of a row with every other error of the row beside it, so the officer corrects the row
    once (each check run on its own; the fast path stops at the first)."""
    errors: list[tuple[str, str]] = []
    for check, value in checks:
        try:
            check(value)
        except RowError as error:
            errors.append((error.column, error.reason))
    first.errors = list(dict.fromkeys(errors)) or [(first.column, first.reason)]
    first.name = name
    return first


def _year(value: Any, column: str, low: int = 1900, high: int | None = None) -> int | None:
    raw = text(value)
    if not raw:
        return None
    if not YEAR_RE.fullmatch(raw):
        raise RowError(column, f"“{raw}” không phải là năm (4 chữ số).")
    year = int(raw)
    if not (low <= year <= (high or dt.date.today().year + 1)):
        raise RowError(column, f"Năm {year} nằm ngoài khoảng hợp lệ.")
    return year


def _date(value: Any, column: str) -> dt.date | None:
    """The date of a cell, none if it is empty."""
    return _date_given(value, column) if isinstance(value, dt.date) or text(value) else None


def _date_given(value: Any, column: str) -> dt.date:
    """The date of a cell that is not empty."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise RowError(column, f"“{raw}” không phải ngày hợp lệ (dd/mm/yyyy).")


class RowCells(NamedTuple):
    """A row's mapped cells by column key, in COLUMNS order (tests check the two agree)."""

    full_name: Any
    other_names: Any
    birth: Any
    gender: Any
    ethnic_group: Any
    degree: Any
    degree_year: Any
    degree_institution: Any
    degree_country: Any
    title: Any
    title_year: Any
    fields: Any
    workplace: Any
    position: Any
    works_in: Any
    locality: Any
    country: Any
    planning: Any
    excellent_graduate: Any
    attraction_policy: Any
    attraction_year: Any
    commitment_until: Any
    honours: Any
    email: Any
    phone: Any
    consent_contact: Any


PERSON_ATTNAMES = [
    f.attname
    for f in Intellectual._meta.concrete_fields
    if f.attname not in ("id", "created_at", "updated_at")
]
_MISS = object()
MEMO_LIMIT = 50_000  # distinct values remembered per column; names and e-mails beyond that are parsed afresh


class ParsedRow(NamedTuple):
    """One valid row, ready to write: the person's columns in PERSON_ATTNAMES order, then its related rows.
    A plain tuple, so the validation spool pickles and unpickles it cheaply."""

    values: tuple[Any, ...]
    degrees: tuple[tuple[Any, ...], ...]  # (kind, year, institution, country, major)
    titles: tuple[tuple[Any, ...], ...]  # (kind, year)
    fields: tuple[str, ...]
    dup_key: str

    def as_dict(self) -> dict[str, Any]:
        return dict(zip(PERSON_ATTNAMES, self.values, strict=True))

    @classmethod
    def from_values(cls, row: dict[str, Any]) -> "ParsedRow":
        """A row given as {"values": {field: value}, "degrees": [{…}], "titles": [{…}], "fields": [codes]} (the
        demo generator), with the derived columns computed by the model's own rules."""
        person = Intellectual(
            **{"source": Intellectual.Source.IMPORT, **{_attname(k): v for k, v in row["values"].items()}}
        )
        degrees = [DegreeRecord(**d) for d in row["degrees"]]
        person.refresh_derived(
            degrees=degrees, titles=[t["kind"] for t in row["titles"]], field_codes=list(row["fields"])
        )
        return cls(
            values=tuple(getattr(person, a) for a in PERSON_ATTNAMES),
            degrees=tuple((d.kind, d.year, d.institution, d.country, d.major) for d in degrees),
            titles=tuple((t["kind"], t.get("year")) for t in row["titles"]),
            fields=tuple(row["fields"]),
            dup_key=person.dup_key,
        )


def _attname(name: str) -> str:
    return f"{name}_id" if name in ("ethnic_group", "workplace_agency", "user") else name


class _Failed:
    __slots__ = ("column", "reason")

    def __init__(self, column: str, reason: str) -> None:
        self.column, self.reason = column, reason


def _remembered(fn: Any) -> Any:
    """fn(cell) remembered per distinct cell value (a bool equals 1 or 0, so it is never looked up)."""
    memo: dict[Any, Any] = {}

    def call(value: Any) -> Any:
        if value.__class__ is bool:
            hit = _attempt(fn, value)
        else:
            hit = memo.get(value, _MISS)
            if hit is _MISS:
                hit = _attempt(fn, value)
                if len(memo) < MEMO_LIMIT:
                    memo[value] = hit
        if hit.__class__ is _Failed:
            raise RowError(hit.column, hit.reason)
        return hit

    return call


def _attempt(fn: Any, value: Any) -> Any:
    try:
        return fn(value)
    except RowError as error:
        return _Failed(error.column, error.reason)


class RowParser:
    """The rules of one import compiled once: the mapped cells of a row taken in one C call, and every column's
    parse remembered per distinct cell value (a 100,000-row file has a few hundred workplaces, fields, degrees
    and years), so most cells of a row cost one dictionary lookup. The checks and their Vietnamese reasons are
    those of the functions below, in the same order, so a row reports the same first error as it always did."""

    def __init__(self, index: dict[str, int], lookups: Lookups, *, source: str = "import") -> None:
        self.lookups = lookups
        self.source = source
        self.size = max(index.values(), default=0) + 1
        # An unmapped column reads the None appended to every row (index -1).
        self.cells = itemgetter(*[index.get(c.key, -1) for c in COLUMNS])
        fields = Intellectual._meta.concrete_fields
        self.defaults = {f.attname: f.get_default() for f in fields if f.attname in PERSON_ATTNAMES}
        self.ordered = itemgetter(*PERSON_ATTNAMES)  # the row's values as a tuple in one C call
        self.name = _remembered(_name)
        self.birth = _remembered(_birth)
        self.gender = _remembered(_gender)
        self.ethnic = _remembered(self._ethnic)
        self.workplace = _remembered(self._workplace)
        self.works_in = _remembered(_works_in)
        self.planning = _remembered(_planning)
        self.excellent = _remembered(_yes_excellent)
        self.consent = _remembered(_yes_consent)
        self.attraction_year = _remembered(_attraction_year)
        self.commitment = _remembered(_commitment)
        self.degree = _remembered(_degree)
        self.title = _remembered(_title)
        self.fields = _remembered(self._fields)
        self.text = _remembered(text)

    def parse(self, row: list[Any] | tuple[Any, ...]) -> ParsedRow:
        """One spreadsheet row → the person to write; raises RowError (column label, Vietnamese reason) whose
        `errors` lists every error of the row and `name` the name as written."""
        row = [*row, None] if len(row) >= self.size else [*row, *([None] * (self.size - len(row))), None]
        try:
            return self._parse(row)
        except RowError as error:
            raise every_error(
                error, self._checks(row), " ".join(text(self.cells(row)[0]).split())[:200]
            ) from None

    def _checks(self, row: list[Any]) -> list[tuple[Any, Any]]:
        """Every check of `_parse`, in its order, with the cell(s) it reads."""
        c = RowCells._make(self.cells(row))
        return [
            (self.name, c.full_name),
            (self.birth, c.birth),
            (self.gender, c.gender),
            (self.ethnic, c.ethnic_group),
            (self.workplace, c.workplace),
            (_email, c.email) if c.email is not None else (text, ""),
            (self.works_in, (c.works_in, self.text(c.country)[:100])),
            (self.planning, c.planning),
            (self.excellent, c.excellent_graduate),
            (self.consent, c.consent_contact),
            (self.attraction_year, c.attraction_year),
            (self.commitment, c.commitment_until),
            (self.degree, (c.degree, c.degree_year, c.degree_institution, c.degree_country)),
            (self.title, (c.title, c.title_year)),
            (self.fields, c.fields),
        ]

    def _parse(self, row: list[Any]) -> ParsedRow:
        c = RowCells._make(self.cells(row))
        t = self.text
        name, name_key, sort_key = self.name(c.full_name)
        other_names = t(c.other_names)[:200]
        birth_date, birth_year = self.birth(c.birth)
        gender = self.gender(c.gender)
        ethnic = self.ethnic(c.ethnic_group)
        agency_id, workplace_name = self.workplace(c.workplace)
        country = t(c.country)[:100]
        email = _email(c.email) if c.email is not None else ""  # unique per row: nothing to remember
        works_in = self.works_in((c.works_in, country))
        planning = self.planning(c.planning)
        excellent = self.excellent(c.excellent_graduate)
        consent = self.consent(c.consent_contact)
        attraction_year = self.attraction_year(c.attraction_year)
        commitment = self.commitment(c.commitment_until)
        degree = self.degree((c.degree, c.degree_year, c.degree_institution, c.degree_country))
        title = self.title((c.title, c.title_year))
        codes = self.fields(c.fields)
        dup_key = duplicate_key(name, birth_year, agency_id, workplace_name)
        values = self.defaults | {
            "full_name": name,
            "other_names": other_names,
            "birth_date": birth_date,
            "birth_year": birth_year,
            "gender": gender,
            "ethnic_group_id": ethnic,
            "workplace_agency_id": agency_id,
            "workplace_name": workplace_name,
            "position": t(c.position)[:200],
            "locality": t(c.locality)[:100],
            "country": country,
            "attraction_policy": t(c.attraction_policy)[:255],
            "honours": t(c.honours)[:255],
            "phone": text(c.phone)[:32],
            "email": email,
            "works_in": works_in,
            "planning": planning,
            "is_excellent_graduate": excellent,
            "consent_contact": consent,
            "attraction_year": attraction_year,
            "commitment_until": commitment,
            "source": self.source,
            "search_name": name_search_key(f"{name} {other_names}") if other_names else name_key,
            "sort_key": sort_key,
            "highest_degree": degree[0] if degree else "",
            "title": title[0] if title else "",
            "is_minority": ethnic not in (None, KINH_CODE, FOREIGNER_CODE),
            "field_group": codes[0][:1] if codes else "",
            "dup_key": dup_key,
        }
        return ParsedRow(
            self.ordered(values),
            (degree,) if degree else (),
            (title,) if title else (),
            codes,
            dup_key,
        )

    def _ethnic(self, value: Any) -> str | None:
        ethnic = search_key(text(value)).replace("-", " ").replace("'", "")
        if not ethnic:
            return None
        code = self.lookups.ethnic.get(ethnic) or self.lookups.ethnic.get(ethnic.zfill(2))
        if code is None:
            raise RowError(
                BY_KEY["ethnic_group"].label,
                f"Không có dân tộc “{text(value)}” trong danh mục 54 dân tộc.",
            )
        return code

    def _workplace(self, value: Any) -> tuple[int | None, str]:
        name = text(value)
        agencies = self.lookups.agencies
        agency_id = agencies.get(name) or agencies.get(agency_key(name)) if name else None
        return agency_id, "" if agency_id else name[:255]

    def _fields(self, value: Any) -> tuple[str, ...]:
        codes = []
        fields = self.lookups.fields
        for part in FIELD_SEPARATOR_RE.split(text(value)):
            part = part.strip()
            if not part:
                continue
            code = fields.get(part) or fields.get(part.split(" ", 1)[0]) or fields.get(search_key(part))
            if code is None:
                raise RowError(
                    BY_KEY["fields"].label, f"Lĩnh vực “{part}” không có trong bảng phân loại KH&CN."
                )
            codes.append(code)
        return tuple(dict.fromkeys(codes))


def _name(value: Any) -> tuple[str, str, str]:
    name = " ".join(text(value).split())
    if not name:
        raise RowError(BY_KEY["full_name"].label, "Thiếu họ và tên.")
    if len(name) > 200 or any(ch.isdigit() for ch in name):
        raise RowError(BY_KEY["full_name"].label, "Họ và tên không hợp lệ.")
    return name, name_search_key(name), name_sort_key(name)


def _birth(value: Any) -> tuple[dt.date | None, int | None]:
    label = BY_KEY["birth"].label
    raw = text(value)
    if isinstance(value, dt.date | dt.datetime) or "/" in raw or "-" in raw:
        birth_date = _date_given(value, label)
        if not 1900 <= birth_date.year <= dt.date.today().year:
            raise RowError(label, "Ngày sinh nằm ngoài khoảng hợp lệ.")
        return birth_date, birth_date.year
    return None, _year(value, label, 1900, dt.date.today().year)


def _gender(value: Any) -> str:
    gender = search_key(text(value))
    if gender and gender not in GENDER_WORDS:
        raise RowError(BY_KEY["gender"].label, f"Giới tính “{text(value)}” phải là Nam hoặc Nữ.")
    return GENDER_WORDS.get(gender, "")


def _email(value: Any) -> str:
    email = text(value)
    if email and not EMAIL_RE.fullmatch(email):
        raise RowError(BY_KEY["email"].label, f"Thư điện tử “{email}” không hợp lệ.")
    return email


def _works_in(pair: tuple[Any, str]) -> str:
    value, country = pair
    where = search_key(text(value))
    if where and where not in LOCATION_WORDS:
        raise RowError(
            BY_KEY["works_in"].label, "Nơi làm việc phải là Trong tỉnh, Ngoài tỉnh hoặc Nước ngoài."
        )
    return LOCATION_WORDS.get(where) or (
        "abroad" if country and search_key(country) != "viet nam" else "province"
    )


def _planning(value: Any) -> str:
    planning = search_key(text(value))
    if planning not in PLANNING_WORDS:
        raise RowError(
            BY_KEY["planning"].label, "Quy hoạch phải là trống, “Trong quy hoạch” hoặc “Đã bổ nhiệm”."
        )
    return PLANNING_WORDS[planning]


def _yes_excellent(value: Any) -> bool:
    return _yes(value, BY_KEY["excellent_graduate"].label)


def _yes_consent(value: Any) -> bool:
    return _yes(value, BY_KEY["consent_contact"].label)


def _attraction_year(value: Any) -> int | None:
    return _year(value, BY_KEY["attraction_year"].label, 1990)


def _commitment(value: Any) -> dt.date | None:
    return _date(value, BY_KEY["commitment_until"].label)


def _yes(value: Any, column: str) -> bool:
    key = search_key(text(value))
    if key in YES:
        return True
    if key in NO:
        return False
    raise RowError(column, "Chỉ nhận Có hoặc Không.")


def _degree(cells: tuple[Any, Any, Any, Any]) -> tuple[Any, ...] | None:
    """(kind, year, institution, country, major) of the row's degree, or None without one."""
    kind_cell, year_cell, institution, country = cells
    value = text(kind_cell)
    if not value:
        if text(year_cell):
            raise RowError(BY_KEY["degree"].label, "Có năm nhận bằng nhưng thiếu trình độ.")
        return None
    kind = DEGREE_WORDS.get(search_key(value).replace(".", "").strip())
    if kind is None:
        raise RowError(
            BY_KEY["degree"].label,
            f"Trình độ “{value}” không có trong danh mục (TSKH, TS, ThS, CKII, CKI, BS, DS, KTS, KS, CN).",
        )
    year = _year(year_cell, BY_KEY["degree_year"].label, 1950)
    return (kind, year, text(institution)[:255], text(country)[:100], "")


def _title(cells: tuple[Any, Any]) -> tuple[Any, ...] | None:
    """(kind, year) of the row's academic title, or None."""
    value = search_key(text(cells[0])).replace(".", "").strip()
    if not value:
        return None
    if value not in TITLE_WORDS:
        raise RowError(BY_KEY["title"].label, "Chức danh phải là GS hoặc PGS.")
    return (TITLE_WORDS[value], _year(cells[1], BY_KEY["title_year"].label, 1950))
