"""The registry of intellectuals (Issue 5): people, their degrees, titles and fields, and the figures leaders read.

Derived columns (search key, Vietnamese sort key, highest degree, minority flag, field group, place) are
filled by `Intellectual.refresh_derived()`, called by the services before every save and by the import, so the
database can filter, sort and count without joins.
"""

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from trithuc.core.models import BaseModel
from trithuc.registry.collation import name_sort_key
from trithuc.registry.duplicates import name_search_key

KINH_CODE = "01"
FOREIGNER_CODE = "55"


class EthnicGroup(models.Model):
    """The 54 groups of Quyết định 1019/QĐ-TCTK (2008), plus row 55 of the GSO copy (fixtures/ethnic-groups.csv)."""

    code = models.CharField(_("mã"), max_length=2, primary_key=True)
    name = models.CharField(_("tên"), max_length=64)
    other_names = models.CharField(_("tên gọi khác"), max_length=500, blank=True)
    code_1979 = models.CharField(_("mã 1979"), max_length=2, blank=True)

    class Meta:
        verbose_name = _("dân tộc")
        verbose_name_plural = _("dân tộc")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_minority(self) -> bool:
        return self.code not in (KINH_CODE, FOREIGNER_CODE)


class StField(models.Model):
    """A field (level 1) or sector (level 2) of the national S&T classification; a newer table adds rows."""

    code = models.CharField(_("mã"), max_length=16, primary_key=True)
    level = models.PositiveSmallIntegerField(_("cấp"))
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    name = models.CharField(_("tên"), max_length=255)
    source_table = models.CharField(_("bảng phân loại"), max_length=32, default="QD12/2008")

    class Meta:
        verbose_name = _("lĩnh vực KH&CN")
        verbose_name_plural = _("lĩnh vực KH&CN")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def group_code(self) -> str:
        return self.code if self.level == 1 else (self.parent_id or self.code[:1])


class Degree(models.TextChoices):
    """Degrees in rank order (highest first); `DEGREE_RANK` gives the order used to pick the highest."""

    TSKH = "TSKH", _("Tiến sĩ khoa học")
    TS = "TS", _("Tiến sĩ")
    CKII = "CKII", _("Chuyên khoa cấp II")
    THS = "ThS", _("Thạc sĩ")
    CKI = "CKI", _("Chuyên khoa cấp I")
    BS = "BS", _("Bác sĩ")
    DS = "DS", _("Dược sĩ")
    KTS = "KTS", _("Kiến trúc sư")
    KS = "KS", _("Kỹ sư")
    CN = "CN", _("Cử nhân")


DEGREE_RANK = {code: rank for rank, code in enumerate(Degree.values)}
DOCTORATES = (Degree.TSKH, Degree.TS)


class Title(models.TextChoices):
    GS = "GS", _("Giáo sư")
    PGS = "PGS", _("Phó giáo sư")


class Intellectual(BaseModel):
    """A person of the registry. Pupils (young talents found in schools) are children: name only, with consent."""

    class Kind(models.TextChoices):
        INTELLECTUAL = "intellectual", _("Trí thức")
        PUPIL = "pupil", _("Học sinh năng khiếu")

    class Gender(models.TextChoices):
        MALE = "male", _("Nam")
        FEMALE = "female", _("Nữ")

    class Location(models.TextChoices):
        PROVINCE = "province", _("Trong tỉnh")
        VIETNAM = "vietnam", _("Ngoài tỉnh, trong nước")
        ABROAD = "abroad", _("Nước ngoài")

    class Planning(models.TextChoices):
        NONE = "", _("Không")
        PLANNED = "planned", _("Trong quy hoạch lãnh đạo, quản lý")
        APPOINTED = "appointed", _("Đã bổ nhiệm lãnh đạo, quản lý")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Nhập tay")
        IMPORT = "import", _("Nhập từ tệp")
        DEMO = "demo", _("Dữ liệu demo")

    kind = models.CharField(_("đối tượng"), max_length=16, choices=Kind.choices, default=Kind.INTELLECTUAL)
    full_name = models.CharField(_("họ và tên"), max_length=200)
    other_names = models.CharField(_("tên gọi khác"), max_length=200, blank=True)
    birth_date = models.DateField(_("ngày sinh"), null=True, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("năm sinh"), null=True, blank=True)
    gender = models.CharField(_("giới tính"), max_length=8, choices=Gender.choices, blank=True)
    ethnic_group = models.ForeignKey(
        EthnicGroup,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        verbose_name=_("dân tộc"),
        db_index=False,  # indexed in Meta: without the LIKE twin Django adds for a text key
    )
    fields = models.ManyToManyField(StField, blank=True, related_name="+", verbose_name=_("lĩnh vực KH&CN"))
    workplace_agency = models.ForeignKey(
        "agencies.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="intellectuals",
        verbose_name=_("cơ quan công tác"),
    )
    workplace_name = models.CharField(_("nơi công tác (ngoài danh mục)"), max_length=255, blank=True)
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    lives_in = models.CharField(_("nơi cư trú"), max_length=16, choices=Location.choices, blank=True)
    works_in = models.CharField(
        _("nơi làm việc"), max_length=16, choices=Location.choices, default=Location.PROVINCE
    )
    locality = models.CharField(_("địa bàn"), max_length=100, blank=True, help_text=_("xã, phường, đặc khu"))
    country = models.CharField(_("quốc gia"), max_length=100, blank=True)
    planning = models.CharField(_("quy hoạch cán bộ"), max_length=16, choices=Planning.choices, blank=True)
    is_excellent_graduate = models.BooleanField(_("sinh viên tốt nghiệp xuất sắc"), default=False)
    attraction_policy = models.CharField(_("chính sách thu hút"), max_length=255, blank=True)
    attraction_year = models.PositiveSmallIntegerField(_("năm thu hút"), null=True, blank=True)
    commitment_until = models.DateField(_("cam kết công tác đến"), null=True, blank=True)
    honours = models.TextField(_("khen thưởng, danh hiệu"), blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=32, blank=True)
    address = models.CharField(_("địa chỉ liên hệ"), max_length=255, blank=True)
    consent_contact = models.BooleanField(_("đồng ý công khai thông tin liên hệ"), default=False)
    consent_changed_at = models.DateTimeField(_("thời điểm đổi ý kiến đồng ý"), null=True, blank=True)
    guardian_consent_on = models.DateField(_("ngày cha mẹ, người giám hộ đồng ý"), null=True, blank=True)
    guardian_name = models.CharField(_("cha mẹ, người giám hộ"), max_length=200, blank=True)
    is_restricted = models.BooleanField(
        _("hạn chế hiển thị"), default=False, help_text=_("chỉ cán bộ quản lý CSDL xem được")
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="intellectual",
        verbose_name=_("tài khoản"),
    )
    source = models.CharField(_("nguồn"), max_length=8, choices=Source.choices, default=Source.MANUAL)
    # Derived columns (refresh_derived): never edited directly.
    search_name = models.CharField(max_length=420, editable=False, default="")  # LIKE '%…%': no index helps
    sort_key = models.CharField(max_length=1000, editable=False, default="")
    highest_degree = models.CharField(max_length=8, choices=Degree.choices, blank=True, editable=False)
    title = models.CharField(max_length=4, choices=Title.choices, blank=True, editable=False)
    is_minority = models.BooleanField(default=False, editable=False)
    field_group = models.CharField(max_length=16, blank=True, editable=False)
    dup_key = models.CharField(max_length=300, editable=False, default="")  # indexed in Meta, no LIKE twin
    # Raised by every save of an existing record (save() below: the form, consent, an import's merge): an edit
    # made from an older version is refused (person_save, #16.10).
    version = models.PositiveIntegerField(_("số lần lưu"), default=0, editable=False)

    class Meta:
        verbose_name = _("trí thức")
        verbose_name_plural = _("trí thức")
        ordering = ["sort_key", "id"]
        indexes = [
            models.Index(fields=["sort_key", "id"], name="registry_person_sort"),
            models.Index(fields=["gender", "is_minority", "birth_year"], name="registry_person_gmy"),
            models.Index(fields=["highest_degree", "field_group"], name="registry_person_degfield"),
            # Equality only: the pattern-ops twins Django adds for db_index text columns cost every import.
            models.Index(fields=["dup_key"], name="registry_person_dupkey"),
            models.Index(fields=["ethnic_group"], name="registry_person_ethnic"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="pupil") | Q(guardian_consent_on__isnull=False),
                name="registry_pupil_needs_guardian_consent",
            ),
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True) | Q(birth_year__gte=1900, birth_year__lte=2100),
                name="registry_birth_year_range",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Every write of an existing person raises its version, whoever writes it, so a form opened before
        cannot silently overwrite it. (A queryset `update()` bypasses this: write people through save().)"""
        if not self._state.adding:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        """Titles and degrees stay apart from the name; this is how a letter addresses the person."""
        prefix = ".".join(
            p for p in (self.title, self.highest_degree if self.highest_degree in DOCTORATES else "") if p
        )
        return f"{prefix}. {self.full_name}" if prefix else self.full_name

    @property
    def workplace(self) -> str:
        return str(self.workplace_agency) if self.workplace_agency_id else self.workplace_name

    def place_label(self) -> str:
        if self.works_in == self.Location.ABROAD:
            return f"Nước ngoài ({self.country})" if self.country else "Nước ngoài"
        if self.works_in == self.Location.VIETNAM:
            return "Ngoài tỉnh"
        return self.locality or "Trong tỉnh"

    def refresh_derived(
        self,
        *,
        degrees: list["DegreeRecord"] | None = None,
        titles: list[str] | None = None,
        field_codes: list[str] | None = None,
    ) -> None:
        """Recompute the stored keys and summaries; pass the related rows when they are not saved yet."""
        from trithuc.registry.duplicates import duplicate_key

        self.search_name = name_search_key(f"{self.full_name} {self.other_names}".strip())
        self.sort_key = name_sort_key(self.full_name)
        if self.birth_date:
            self.birth_year = self.birth_date.year
        self.is_minority = bool(self.ethnic_group_id) and self.ethnic_group_id not in (
            KINH_CODE,
            FOREIGNER_CODE,
        )
        if degrees is not None:
            kinds = [d.kind for d in degrees]
            self.highest_degree = min(kinds, key=DEGREE_RANK.__getitem__) if kinds else ""
        if titles is not None:
            self.title = Title.GS if Title.GS in titles else (Title.PGS if Title.PGS in titles else "")
        if field_codes is not None:
            self.field_group = field_codes[0][:1] if field_codes else ""
        self.dup_key = duplicate_key(
            self.full_name, self.birth_year, self.workplace_agency_id, self.workplace_name
        )


class DegreeRecord(models.Model):
    """One degree: kind, year, awarding institution and country."""

    intellectual = models.ForeignKey(Intellectual, on_delete=models.CASCADE, related_name="degrees")
    kind = models.CharField(_("học vị, trình độ"), max_length=8, choices=Degree.choices)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    institution = models.CharField(_("cơ sở đào tạo"), max_length=255, blank=True)
    country = models.CharField(_("quốc gia"), max_length=100, blank=True)
    major = models.CharField(_("chuyên ngành"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("văn bằng")
        verbose_name_plural = _("văn bằng")
        ordering = ["intellectual", "year"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.year or ''}".strip()


class TitleRecord(models.Model):
    """An academic title (GS, PGS) and the year it was conferred."""

    intellectual = models.ForeignKey(
        Intellectual,
        on_delete=models.CASCADE,
        related_name="titles",
        db_index=False,  # the unique (intellectual, kind) below leads with it: a second index only cost imports
    )
    kind = models.CharField(_("chức danh"), max_length=4, choices=Title.choices)
    year = models.PositiveSmallIntegerField(_("năm công nhận"), null=True, blank=True)

    class Meta:
        verbose_name = _("chức danh khoa học")
        verbose_name_plural = _("chức danh khoa học")
        constraints = [models.UniqueConstraint(fields=["intellectual", "kind"], name="registry_title_once")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.year or '—'})"


class ImportTemplate(BaseModel):
    """A saved column mapping (file header → registry column) for a recurring spreadsheet layout."""

    name = models.CharField(_("tên mẫu"), max_length=100, unique=True)
    mapping = models.JSONField(_("ánh xạ cột"), default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("mẫu nhập")
        verbose_name_plural = _("mẫu nhập")

    def __str__(self) -> str:
        return self.name


class RegistryImport(BaseModel):
    """One upload: validated in the background, then written in one transaction; errors as a downloadable list."""

    class Status(models.TextChoices):
        VALIDATING = "validating", _("Đang kiểm tra")
        PREVIEW = "preview", _("Chờ xác nhận")
        IMPORTING = "importing", _("Đang ghi")
        DONE = "done", _("Đã nhập")
        FAILED = "failed", _("Lỗi")
        DISCARDED = "discarded", _("Đã hủy")

    class Mode(models.TextChoices):
        ALL_OR_NOTHING = "all", _("Tất cả hoặc không gì cả")
        VALID_ONLY = "valid", _("Chỉ các dòng hợp lệ")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("tình trạng"), max_length=16, choices=Status.choices, default=Status.VALIDATING
    )
    mode = models.CharField(_("cách nhập"), max_length=8, choices=Mode.choices, default=Mode.ALL_OR_NOTHING)
    source_name = models.CharField(_("tệp nguồn"), max_length=255)
    upload = models.FileField(_("tệp tải lên"), upload_to="registry-imports/%Y/%m/")
    mapping = models.JSONField(_("ánh xạ cột"), default=dict, blank=True)
    headers = models.JSONField(_("tiêu đề cột trong tệp"), default=list, blank=True)
    total_rows = models.PositiveIntegerField(default=0)
    valid_rows = models.PositiveIntegerField(default=0)
    created_rows = models.PositiveIntegerField(default=0)
    merged_rows = models.PositiveIntegerField(default=0)
    errors = models.JSONField(_("lỗi theo dòng"), default=list, blank=True)
    duplicates = models.JSONField(_("trùng lặp nghi ngờ"), default=list, blank=True)
    decisions = models.JSONField(_("quyết định gộp/giữ"), default=dict, blank=True)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    heartbeat_at = models.DateTimeField(_("tiến trình xử lý báo còn chạy lúc"), null=True, blank=True)
    message = models.TextField(_("thông báo"), blank=True)

    class Meta:
        verbose_name = _("lượt nhập CSDL trí thức")
        verbose_name_plural = _("lượt nhập CSDL trí thức")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.source_name


class CellBase(models.Model):
    """The statistics cubes: one row per combination of the counted attributes, rebuilt after every import and
    kept exact by each single-person write. StatCell has no place; LocalityCell and AgencyCell add one place
    dimension each, so a filter or breakdown by place reads a cube of its own instead of a million people."""

    kind = models.CharField(max_length=16)
    birth_year = models.PositiveSmallIntegerField(null=True)
    gender = models.CharField(max_length=8)
    is_minority = models.BooleanField()
    highest_degree = models.CharField(max_length=8)
    title = models.CharField(max_length=4)
    field_group = models.CharField(max_length=16)
    works_in = models.CharField(max_length=16)
    planning = models.CharField(max_length=16)
    is_excellent_graduate = models.BooleanField()
    attraction_year = models.PositiveSmallIntegerField(null=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.count}"


class StatCell(CellBase):
    class Meta:
        verbose_name = _("ô thống kê")
        verbose_name_plural = _("ô thống kê")


class LocalityCell(CellBase):
    """StatCell plus the locality (in the province)."""

    locality = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("ô thống kê theo địa bàn")
        verbose_name_plural = _("ô thống kê theo địa bàn")
        indexes = [models.Index(fields=["locality"], name="registry_locality_cell")]


class AgencyCell(CellBase):
    """StatCell plus the workplace agency."""

    workplace_agency = models.ForeignKey(
        "agencies.Agency", null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )

    class Meta:
        verbose_name = _("ô thống kê theo cơ quan")
        verbose_name_plural = _("ô thống kê theo cơ quan")
        indexes = [models.Index(fields=["workplace_agency"], name="registry_agency_cell")]


class PlaceAgencyCell(models.Model):
    """Locality × workplace agency with a few attributes: the breakdown by one place dimension under a filter on
    the other (people of one commune by agency, staff of one agency by commune)."""

    kind = models.CharField(max_length=16)
    works_in = models.CharField(max_length=16)
    locality = models.CharField(max_length=100)
    workplace_agency = models.ForeignKey(
        "agencies.Agency", null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    gender = models.CharField(max_length=8)
    is_minority = models.BooleanField()
    highest_degree = models.CharField(max_length=8)
    field_group = models.CharField(max_length=16)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("ô thống kê địa bàn × cơ quan")
        verbose_name_plural = _("ô thống kê địa bàn × cơ quan")
        indexes = [
            models.Index(fields=["locality"], name="registry_cross_locality"),
            models.Index(fields=["workplace_agency"], name="registry_cross_agency"),
        ]

    def __str__(self) -> str:
        return f"{self.count}"


class RegistryStamp(models.Model):
    """One row whose version changes with every write that moves a statistics count (cube.py), in the same
    transaction: the statistics page keys its cache on it with one tiny query instead of counting a million
    people to learn whether anything changed."""

    version = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("dấu phiên bản số liệu")
        verbose_name_plural = _("dấu phiên bản số liệu")

    def __str__(self) -> str:
        return str(self.version)


PROFILE_DIMENSIONS = [
    "kind",
    "birth_year",
    "gender",
    "is_minority",
    "highest_degree",
    "title",
    "field_group",
    "works_in",
    "planning",
    "is_excellent_graduate",
    "attraction_year",
]
CUBES: list[
    tuple[type[StatCell] | type[LocalityCell] | type[AgencyCell] | type[PlaceAgencyCell], list[str]]
] = [
    (StatCell, PROFILE_DIMENSIONS),
    (LocalityCell, [*PROFILE_DIMENSIONS, "locality"]),
    (AgencyCell, [*PROFILE_DIMENSIONS, "workplace_agency"]),
    (
        PlaceAgencyCell,
        [
            "kind",
            "works_in",
            "locality",
            "workplace_agency",
            "gender",
            "is_minority",
            "highest_degree",
            "field_group",
        ],
    ),
]
