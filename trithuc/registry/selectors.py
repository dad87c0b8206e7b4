"""Reads on the registry, already scoped to the user; every look at one person's page is logged."""

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.http import Http404

from trithuc.agencies.models import Agency, AgencyStamp
from trithuc.core import audit
from trithuc.core.models import AuditEvent
from trithuc.core.text import user_name
from trithuc.plans.fragments import cache_get, cache_set
from trithuc.registry import disclosure
from trithuc.registry.duplicates import name_search_q
from trithuc.registry.models import (
    CUBES,
    DOCTORATES,
    AgencyCell,
    Degree,
    DegreeRecord,
    Intellectual,
    RegistryStamp,
    StField,
    Title,
)
from trithuc.registry.permissions import RegistryAccess, registry_access
from trithuc.registry.summary import RegistrySummary

GENDER_LABELS = dict(Intellectual.Gender.choices)
UNKNOWN = "Chưa rõ"


def young_age() -> int:
    return int(getattr(settings, "REGISTRY_YOUNG_AGE", 35))


def age_bands() -> list[tuple[str, int | None, int | None]]:
    """(label, from age, to age exclusive); the first cut is the young age (DESIGN §4: configurable)."""
    cuts = sorted({young_age(), *getattr(settings, "REGISTRY_AGE_CUTS", (45, 55))})
    bands = [(f"Dưới {cuts[0]}", None, cuts[0])]
    bands += [(f"{a}–{b - 1}", a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [*bands, (f"Từ {cuts[-1]}", cuts[-1], None)]


def person_qs_visible_to(user: Any, access: RegistryAccess | None = None) -> QuerySet[Intellectual]:
    """The people whose page the user may open (see permissions.py); outsiders get none, hence 404."""
    access = access or registry_access(user)
    people = Intellectual.objects.select_related("workplace_agency")
    if access.is_officer:
        return people
    scope = Q(pk__in=[])
    if access.user_id:
        scope |= Q(user_id=access.user_id)
    ordinary = Q(kind=Intellectual.Kind.INTELLECTUAL, is_restricted=False)
    if access.browse:
        scope |= ordinary
    elif access.agency_ids:
        scope |= ordinary & Q(workplace_agency_id__in=access.agency_ids)
    return people.filter(scope)


@dataclass(frozen=True)
class PersonFilters:
    """Every attribute a list can be filtered on; the form hides what the user may not filter on."""

    q: str = ""
    kind: str = ""
    degree: str = ""  # a Degree code or "doctorate" (TSKH or TS)
    title: str = ""
    field: str = ""  # level-1 code, or a sector code
    agency: Agency | None = None
    works_in: str = ""
    locality: str = ""
    planning: str = ""
    attracted: bool | None = None
    attraction_year: int | None = None
    excellent_graduate: bool | None = None
    gender: str = ""
    age_band: str = ""  # "young" or a band label
    minority: bool | None = None
    ethnic_group: str = ""

    @classmethod
    def from_form(cls, data: dict[str, Any]) -> "PersonFilters":
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__ and v not in (None, "")})


def _birth_year_q(band: str, as_of: dt.date, prefix: str = "") -> Q:
    """Age in the year of `as_of` (as_of.year − birth year), the usual rule of cadre statistics."""
    key = f"{prefix}birth_year"
    if band == "young":
        return Q(**{f"{key}__gt": as_of.year - young_age()})
    for label, low, high in age_bands():
        if label == band:
            q = Q(**{f"{key}__isnull": False})
            if low is not None:
                q &= Q(**{f"{key}__lte": as_of.year - low})
            if high is not None:
                q &= Q(**{f"{key}__gt": as_of.year - high})
            return q
    return Q()


def filters_q(f: PersonFilters, as_of: dt.date, *, cube: bool = False) -> Q:
    """The filters as one Q, on the people table or (cube=True) on the statistics cube."""
    q = Q()
    if f.kind:
        q &= Q(kind=f.kind)
    if f.degree:
        q &= Q(highest_degree__in=DOCTORATES) if f.degree == "doctorate" else Q(highest_degree=f.degree)
    if f.title:
        q &= Q(title=f.title)
    if f.field:
        if len(f.field) == 1 or cube:
            q &= Q(field_group=f.field[:1])
        else:
            q &= Q(fields__code=f.field)
    if f.agency is not None:
        q &= Q(workplace_agency_id=f.agency.pk)
    if f.works_in:
        q &= Q(works_in=f.works_in)
    if f.locality:
        q &= Q(locality=f.locality)
    if f.planning:
        q &= ~Q(planning="") if f.planning == "any" else Q(planning=f.planning)
    if f.attracted is not None:
        q &= Q(attraction_year__isnull=not f.attracted)
    if f.attraction_year:
        q &= Q(attraction_year=f.attraction_year)
    if f.excellent_graduate is not None:
        q &= Q(is_excellent_graduate=f.excellent_graduate)
    if f.gender:
        q &= Q(gender=f.gender)
    if f.age_band:
        q &= _birth_year_q(f.age_band, as_of)
    if f.minority is not None:
        q &= Q(is_minority=f.minority)
    if f.ethnic_group and not cube:
        q &= Q(ethnic_group_id=f.ethnic_group)
    if f.q and not cube:
        q &= name_search_q(f.q)
    return q


def person_list(*, user: Any, filters: PersonFilters, as_of: dt.date | None = None) -> QuerySet[Intellectual]:
    """The people the user may see, filtered, in Vietnamese order (the stored pyuca key)."""
    access = registry_access(user)
    if not access.can_list:
        raise Http404
    filters = _allowed_filters(filters, access)
    people = person_qs_visible_to(user, access).filter(filters_q(filters, as_of or dt.date.today()))
    if filters.field and len(filters.field) > 1:
        people = people.distinct()
    return (
        people.select_related("ethnic_group")
        .order_by("sort_key", "id")
        .prefetch_related(
            Prefetch("degrees", queryset=DegreeRecord.objects.order_by("-year")), "titles", "fields"
        )
    )


def allowed_filters(f: PersonFilters, allowed: frozenset[str]) -> PersonFilters:
    """The filters with every attribute outside `allowed` (RegistryAccess.filterable) ignored."""
    from dataclasses import fields, replace

    ignored: dict[str, Any] = {x.name: x.default for x in fields(f) if x.name not in allowed}
    return replace(f, **ignored)


def filters_logged(f: PersonFilters) -> dict[str, str]:
    """The filters as an audit row keeps them (the ones set, as text)."""
    from dataclasses import asdict

    return {k: str(v) for k, v in asdict(f).items() if v not in (None, "")}


def person_list_viewed(*, user: Any, filters: PersonFilters, rows: int, page: int) -> None:
    """A list of people is a look at personal data (Law 91/2025): one audit row per list or search page shown,
    with the filters and the count, not one per person."""
    access = registry_access(user)
    audit.record(
        actor=user,
        action="registry.list",
        extra={"rows": rows, "page": page, "filters": filters_logged(_allowed_filters(filters, access))},
    )


def _allowed_filters(f: PersonFilters, access: RegistryAccess) -> PersonFilters:
    """Filtering on a hidden attribute would reveal it person by person, so it is dropped."""
    return allowed_filters(f, access.filterable())


def person_detail(*, user: Any, pk: int) -> tuple[Intellectual, str]:
    """One person's page and the level of detail the user may see; the view is logged (Law 91/2025)."""
    access = registry_access(user)
    person = (
        person_qs_visible_to(user, access)
        .select_related("ethnic_group", "user")
        .prefetch_related("degrees", "titles", "fields")
        .filter(pk=pk)
        .first()
    )
    if person is None or not access.level(person):
        raise Http404
    level = access.level(person)
    audit.record(
        actor=user,
        action="registry.person.view",
        target=person,
        agency=person.workplace_agency,
        extra={"level": level},
    )
    return person, level


ACCESS_ACTIONS = {"view": ["registry.person.view"], "list": ["registry.list"], "export": ["registry.export"]}
ACCESS_LABELS = {
    "registry.person.view": "Xem hồ sơ",
    "registry.list": "Xem danh sách",
    "registry.export": "Xuất danh sách",
}


@dataclass(frozen=True)
class AccessLogFilters:
    person: int | None = None
    actor: str = ""
    kind: str = ""  # "view", "export" or both
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def personal_data_access_log(*, user: Any, filters: AccessLogFilters) -> QuerySet[AuditEvent]:
    """Who looked at or exported personal data of the registry (from the audit log), for the registry officer.
    A person's own page views are found by its id; an export lists its filters and row count, not the people."""
    from trithuc.registry.permissions import can_manage_registry

    if not can_manage_registry(user):
        raise Http404
    actions = ACCESS_ACTIONS.get(filters.kind) or [a for group in ACCESS_ACTIONS.values() for a in group]
    events = AuditEvent.objects.filter(action__in=actions).select_related("actor", "agency")
    if filters.person is not None:
        events = events.filter(
            action="registry.person.view",
            target_type=Intellectual._meta.label_lower,
            target_id=str(filters.person),
        )
    if filters.actor:
        events = events.filter(
            Q(actor__username__icontains=filters.actor)
            | Q(actor__first_name__icontains=filters.actor)
            | Q(actor__last_name__icontains=filters.actor)
        )
    if filters.date_from:
        events = events.filter(time__date__gte=filters.date_from)
    if filters.date_to:
        events = events.filter(time__date__lte=filters.date_to)
    return events.order_by("-time", "-id")


@dataclass(frozen=True)
class RecordView:
    time: dt.datetime
    viewer: str
    agencies: str


def own_record_views(person: Intellectual, *, limit: int = 50) -> list[RecordView]:
    """Who opened a person's record, shown to the person themselves (their right to know, Law 91/2025): the
    viewer's name and their own agencies (the audit row's agency is the person's workplace)."""
    events = (
        AuditEvent.objects.filter(
            action="registry.person.view",
            target_type=Intellectual._meta.label_lower,
            target_id=str(person.pk),
        )
        .exclude(actor_id=person.user_id)
        .select_related("actor")
        .prefetch_related("actor__memberships__agency")
        .order_by("-time", "-id")[:limit]
    )
    views = []
    for event in events:
        actor = event.actor
        names = sorted({m.agency.name for m in actor.memberships.all()}) if actor else []
        viewer = user_name(actor) if actor else "hệ thống"
        views.append(RecordView(time=event.time, viewer=viewer, agencies="; ".join(names) or "—"))
    return views


def own_person(user: Any) -> Intellectual | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Intellectual.objects.filter(user=user).first()


# ---- statistics ------------------------------------------------------------------------------------------------


@dataclass
class Breakdown:
    """One chart: rows of (label, count, the filter value a row links to); a count hidden from the viewer
    (small-count suppression, see `for_viewer`) is the text shown instead of it."""

    key: str
    title: str
    rows: Sequence[tuple[str, int | str, str]] = field(default_factory=list)
    note: str = ""  # why the rows are withheld from this viewer (disclosure.for_viewer)

    @property
    def max(self) -> int:
        return max((n for _, n, _ in self.rows if isinstance(n, int)), default=0) or 1

    @property
    def total(self) -> int:
        return sum(n for _, n, _ in self.rows if isinstance(n, int))


@dataclass
class RegistryStats:
    as_of: dt.date
    totals: Mapping[str, int | str]  # a figure withheld from this viewer reads disclosure.HIDDEN
    breakdowns: list[Breakdown]
    pipeline: list[tuple[str, int]]
    # Non-empty: why the ethnicity figures are withheld from all but the registry officer (disclosure.py).
    ethnicity_note: str = ""


FILTER_DIMENSIONS = {
    "kind": {"kind"},
    "degree": {"highest_degree"},
    "title": {"title"},
    "field": {"field_group"},
    "agency": {"workplace_agency"},
    "works_in": {"works_in"},
    "locality": {"locality"},
    "planning": {"planning"},
    "attracted": {"attraction_year"},
    "attraction_year": {"attraction_year"},
    "excellent_graduate": {"is_excellent_graduate"},
    "gender": {"gender"},
    "age_band": {"birth_year"},
    "minority": {"is_minority"},
}


@dataclass(frozen=True)
class _Source:
    """Where one aggregate is read: the smallest cube holding every column it needs, else the people table."""

    rows: QuerySet[Any]
    measure: Any


def _source(f: PersonFilters, as_of: dt.date, needed: set[str]) -> _Source:
    needed = needed | {
        d for name, dims in FILTER_DIMENSIONS.items() if getattr(f, name) not in (None, "") for d in dims
    }
    if not (f.ethnic_group or f.q or (f.field and len(f.field) > 1)):
        for model, dims in CUBES:
            if needed <= set(dims):
                return _Source(model.objects.filter(filters_q(f, as_of, cube=True)), Sum("count"))
    return _Source(
        Intellectual.objects.filter(filters_q(f, as_of)),
        Count("id", distinct=bool(f.field and len(f.field) > 1)),
    )


def _group(f: PersonFilters, as_of: dt.date, column: str, *, extra: Q | None = None) -> list[tuple[Any, int]]:
    """Counts of intellectuals by one column, with the filters."""
    source = _source(f, as_of, {column, "kind"})
    rows = source.rows.filter(Q(kind=Intellectual.Kind.INTELLECTUAL) & (extra or Q()))
    pairs = rows.values_list(column).annotate(n=source.measure).order_by()
    return [(value, n) for value, n in pairs if n]


def _group_many(f: PersonFilters, as_of: dt.date, columns: list[str]) -> dict[str, list[tuple[Any, int]]]:
    """Counts by each of a few small columns from one GROUP BY over all of them (a few hundred groups), summed
    per column here: one query instead of one per chart."""
    source = _source(f, as_of, {*columns, "kind"})
    rows = source.rows.filter(kind=Intellectual.Kind.INTELLECTUAL)
    sums: dict[str, dict[Any, int]] = {c: {} for c in columns}
    for *values, n in rows.values_list(*columns).annotate(n=source.measure).order_by():
        for column, value in zip(columns, values, strict=True):
            sums[column][value] = sums[column].get(value, 0) + (n or 0)
    return {c: [(v, n) for v, n in counts.items() if n] for c, counts in sums.items()}


TOTALS: list[tuple[str, Callable[[dt.date], Q], set[str]]] = [
    ("total", lambda d: Q(), set()),
    ("young", lambda d: _birth_year_q("young", d), {"birth_year"}),
    ("female", lambda d: Q(gender="female"), {"gender"}),
    ("ethnic_minority", lambda d: Q(is_minority=True), {"is_minority"}),
    ("young_female_minority", lambda d: _birth_year_q("young", d) & Q(gender="female", is_minority=True), {"birth_year", "gender", "is_minority"}),
    ("abroad", lambda d: Q(works_in=Intellectual.Location.ABROAD), {"works_in"}),
    ("attracted_in_year", lambda d: Q(attraction_year=d.year), {"attraction_year"}),
    ("doctorates", lambda d: Q(highest_degree__in=DOCTORATES), {"highest_degree"}),
    ("graduates", lambda d: Q(is_excellent_graduate=True, attraction_year__isnull=False), {"is_excellent_graduate", "attraction_year"}),
    ("planned", lambda d: ~Q(planning=""), {"planning"}),
]  # fmt: skip


def _totals(f: PersonFilters, as_of: dt.date) -> dict[str, int]:
    """Every headline count, one aggregate query per source (usually one query in all)."""
    by_source: dict[int, tuple[_Source, dict[str, Any]]] = {}
    for name, condition, dims in TOTALS:
        source = _source(f, as_of, dims | {"kind"})
        key = id(source.rows.model) if source.rows.model is not Intellectual else 0
        entry = by_source.setdefault(key, (source, {}))
        entry[1][name] = _measure_with(source, Q(kind=Intellectual.Kind.INTELLECTUAL) & condition(as_of))
    pupils = _source(f, as_of, {"kind"})
    entry = by_source.setdefault(id(pupils.rows.model), (pupils, {}))
    entry[1]["pupils"] = _measure_with(pupils, Q(kind=Intellectual.Kind.PUPIL))
    totals: dict[str, int] = {}
    for source, measures in by_source.values():
        totals.update({k: v or 0 for k, v in source.rows.aggregate(**measures).items()})
    return totals


def _measure_with(source: _Source, condition: Q) -> Any:
    if isinstance(source.measure, Sum):
        return Sum("count", filter=condition)
    return Count("id", filter=condition, distinct=source.measure.distinct)


def _labelled(
    pairs: list[tuple[Any, int]], labels: Mapping[Any, object], order: list[Any] | None = None
) -> list[tuple[str, int, str]]:
    rows = [
        (str(labels.get(value, value) or UNKNOWN), n, "" if value is None else str(value))
        for value, n in pairs
    ]
    if order is not None:
        rank = {str(v): i for i, v in enumerate(order)}
        return sorted(rows, key=lambda r: (rank.get(r[2], len(rank)), r[0]))
    return sorted(rows, key=lambda r: -r[1])


STATS_CACHE_SECONDS = 600  # keyed by the data stamp, so this only bounds how long an unused entry is kept
LOCAL_STATS = 64
_LOCAL_STATS: "OrderedDict[str, RegistryStats]" = OrderedDict()
_LOCAL_LOCK = threading.Lock()
_BUILD_LOCK = threading.Lock()


def registry_data_stamp() -> str:
    """Changes with every write that moves a count (cube.stamp_bump, in the write's transaction), every change
    of an agency (names label the rows: the agencies' stamp, agencies.services.agencies_changed) and of the S&T
    table: one query of single-row and tiny-table reads, whatever the size of the agency table.
    The version and the moment of the bump together name one state of the data (a restored backup reuses
    version numbers, never both)."""
    with connection.cursor() as cursor:
        cursor.execute(_STAMP_SQL)
        row = cursor.fetchone()
    return "|".join(str(part) for part in row or ())


_STAMP_SQL = (
    f"SELECT (SELECT version FROM {RegistryStamp._meta.db_table} WHERE id = 1),"
    f" (SELECT changed_at FROM {RegistryStamp._meta.db_table} WHERE id = 1),"
    f" (SELECT version FROM {AgencyStamp._meta.db_table} WHERE id = 1),"
    f" (SELECT token FROM {AgencyStamp._meta.db_table} WHERE id = 1),"
    f" (SELECT COUNT(*) FROM {StField._meta.db_table})"
)


def _filters_key(f: PersonFilters) -> str:
    return repr(
        [
            getattr(f.agency, "pk", None) if name == "agency" else getattr(f, name)
            for name in f.__dataclass_fields__
        ]
    )


def registry_stats(
    *, user: Any, filters: PersonFilters, as_of: dt.date, cached: bool = True
) -> RegistryStats:
    """Leader statistics for this user: computed once per data stamp (per process, and in the shared cache),
    then the ethnicity figures withheld from viewers who may not see ethnicity person by person
    (`disclosure.for_viewer`, the one place of the small-count rule: page, .xlsx and API)."""
    access = registry_access(user)
    if not access.stats:
        raise Http404
    filters = _allowed_stats_filters(filters, access)
    if not cached:
        return _for_viewer(_registry_stats(filters, as_of), access, filters)
    parts = [
        registry_data_stamp(),
        as_of.isoformat(),
        young_age(),
        age_bands(),
        _filters_key(filters),
        disclosure.small_count(),
        disclosure.min_population(),
    ]
    key = "registry-stats:" + hashlib.sha1(repr(parts).encode()).hexdigest()
    stats = _LOCAL_STATS.get(key)
    if stats is None:
        with _BUILD_LOCK:  # threads asking while it is computed wait for it instead of computing it too
            stats = _LOCAL_STATS.get(key)
            if stats is None:
                stats = cache_get(key)  # another process may have computed it; None if the cache is down
                if stats is None:
                    stats = _registry_stats(filters, as_of)
                    cache_set(key, stats, STATS_CACHE_SECONDS)
                with _LOCAL_LOCK:
                    _LOCAL_STATS[key] = stats
                    while len(_LOCAL_STATS) > LOCAL_STATS:
                        _LOCAL_STATS.popitem(last=False)
    return _for_viewer(stats, access, filters)


def _allowed_stats_filters(f: PersonFilters, access: RegistryAccess) -> PersonFilters:
    """A filter on ethnicity would make every figure of the answer an ethnicity figure: registry officer only."""
    return allowed_filters(f, access.filterable(aggregate=True))


def _for_viewer(stats: RegistryStats, access: RegistryAccess, filters: PersonFilters) -> RegistryStats:
    young_bands = {"young"} | {
        label for label, _, high in age_bands() if high is not None and high <= young_age()
    }
    return disclosure.for_viewer(
        stats,
        exempt=access.is_officer,
        young_female_is_minority=filters.gender == "female" and filters.age_band in young_bands,
    )


def registry_summary_for(*, user: Any, as_of: dt.date) -> RegistrySummary:
    """The province-wide summary (the API's) under the same small-count rule as the page: the registry officer
    gets it exact, everyone else gets None for an ethnicity figure the page withholds, and the page's note."""
    access = registry_access(user)
    if not access.stats:
        raise Http404
    from dataclasses import replace

    summary = registry_summary(as_of=as_of)
    if access.is_officer:
        return summary
    shown = registry_stats(user=user, filters=PersonFilters(), as_of=as_of)
    hidden: dict[str, Any] = {
        k: None for k in ("ethnic_minority", "young_female_minority") if not isinstance(shown.totals[k], int)
    }
    note = shown.ethnicity_note or (disclosure.young_female_note() if hidden else "")
    return replace(summary, **hidden, ethnicity_note=note)


def _registry_stats(filters: PersonFilters, as_of: dt.date) -> RegistryStats:
    """Leader statistics from the cubes: totals, breakdowns by each attribute, trend and the plan's pipeline."""
    f = filters
    totals = _totals(f, as_of)
    group_names = dict(StField.objects.filter(level=1).values_list("code", "name"))
    minority_labels = {True: "Dân tộc thiểu số", False: "Dân tộc Kinh, khác"}
    profile = _group_many(f, as_of, ["highest_degree", "title", "field_group"])
    people = _group_many(f, as_of, ["birth_year", "gender", "is_minority"])
    attraction: list[tuple[str, int | str, str]] = sorted(
        ((str(y), n, str(y)) for y, n in _group(f, as_of, "attraction_year") if y is not None),
        key=lambda r: r[0],
    )
    titles = [(t, n) for t, n in profile["title"] if t]
    by_agency = _group(f, as_of, "workplace_agency")
    note = disclosure.ethnicity_note(totals["total"], by_agency, _ethnic_blocks())
    breakdowns = [
        Breakdown(
            "degree",
            "Theo trình độ cao nhất",
            _labelled(profile["highest_degree"], dict(Degree.choices), [*Degree.values, ""]),
        ),
        Breakdown("title", "Theo chức danh", _labelled(titles, dict(Title.choices), Title.values)),
        Breakdown(
            "field",
            "Theo lĩnh vực KH&CN",
            _labelled(profile["field_group"], group_names, [*sorted(group_names), ""]),
        ),
        Breakdown("age_band", "Theo độ tuổi", _age_rows(people["birth_year"], as_of)),
        Breakdown(
            "gender", "Theo giới tính", _labelled(people["gender"], GENDER_LABELS, ["female", "male", ""])
        ),
        Breakdown(
            "minority", "Dân tộc thiểu số", _labelled(people["is_minority"], minority_labels, [True, False])
        ),
        Breakdown("agency", "Theo nơi công tác", _agency_rows(by_agency)),
        Breakdown("place", "Theo địa bàn", _place_rows(f, as_of)),
        Breakdown("attraction_year", "Thu hút theo năm", attraction),
    ]
    pipeline = [
        ("Học sinh năng khiếu được phát hiện", totals["pupils"]),
        ("Sinh viên tốt nghiệp xuất sắc được thu hút", totals["graduates"]),
        ("Trí thức trong quy hoạch, bổ nhiệm lãnh đạo", totals["planned"]),
        ("Chuyên gia, nhà khoa học ở nước ngoài tham gia", totals["abroad"]),
    ]
    return RegistryStats(
        as_of=as_of, totals=totals, breakdowns=breakdowns, pipeline=pipeline, ethnicity_note=note
    )


def _ethnic_blocks() -> disclosure.EthnicBlocks:
    """The whole registry's intellectuals by workplace agency and ethnic minority (the agency cube, one query)."""
    cells = AgencyCell.objects.filter(kind=Intellectual.Kind.INTELLECTUAL)
    return disclosure.ethnic_blocks(
        cells.values_list("workplace_agency", "is_minority").annotate(n=Sum("count")).order_by()
    )


def _age_rows(pairs: list[tuple[Any, int]], as_of: dt.date) -> list[tuple[str, int, str]]:
    counts = {label: 0 for label, _, _ in age_bands()}
    unknown = 0
    for year, n in pairs:
        if year is None:
            unknown += n
            continue
        age = as_of.year - year
        for label, low, high in age_bands():
            if (low is None or age >= low) and (high is None or age < high):
                counts[label] += n
                break
    rows = [(label, n, label) for label, n in counts.items()]
    return rows + ([(UNKNOWN, unknown, "")] if unknown else [])


def _agency_rows(pairs: list[tuple[Any, int]]) -> list[tuple[str, int, str]]:
    names = dict(Agency.objects.filter(pk__in=[p for p, _ in pairs if p]).values_list("pk", "name"))
    rows = [
        (names.get(pk, "Ngoài danh mục cơ quan") if pk else "Ngoài danh mục cơ quan", n, str(pk or ""))
        for pk, n in pairs
    ]
    return sorted(rows, key=lambda r: -r[1])


def _place_rows(f: PersonFilters, as_of: dt.date) -> list[tuple[str, int, str]]:
    source = _source(f, as_of, {"works_in", "locality", "kind"})
    cells = source.rows.filter(kind=Intellectual.Kind.INTELLECTUAL)
    rows = []
    for works_in, locality, n in (
        cells.values_list("works_in", "locality").annotate(n=source.measure).order_by()
    ):
        if works_in == Intellectual.Location.ABROAD:
            rows.append(("Nước ngoài", n, "works_in:abroad"))
        elif works_in == Intellectual.Location.VIETNAM:
            rows.append(("Ngoài tỉnh, trong nước", n, "works_in:vietnam"))
        else:
            rows.append((locality or "Trong tỉnh (chưa rõ địa bàn)", n, f"locality:{locality}"))
    merged: dict[tuple[str, str], int] = {}
    for label, n, key in rows:
        merged[(label, key)] = merged.get((label, key), 0) + n
    return sorted(((label, n, key) for (label, key), n in merged.items()), key=lambda r: -r[1])


def registry_summary(*, as_of: dt.date) -> RegistrySummary:
    """The figures other modules consume (the consolidated report): intellectuals only, pupils excluded."""
    f = PersonFilters()
    totals = _totals(f, as_of)
    group_names = dict(StField.objects.filter(level=1).values_list("code", "name"))
    degree_labels, title_labels = dict(Degree.choices), dict(Title.choices)
    return RegistrySummary(
        as_of=as_of,
        total=totals["total"],
        young=totals["young"],
        female=totals["female"],
        ethnic_minority=totals["ethnic_minority"],
        young_female_minority=totals["young_female_minority"],
        abroad=totals["abroad"],
        attracted_in_year=totals["attracted_in_year"],
        by_degree={str(degree_labels[k]): n for k, n in _group(f, as_of, "highest_degree") if k},
        by_title={str(title_labels[k]): n for k, n in _group(f, as_of, "title") if k},
        by_field={group_names.get(k, k): n for k, n in _group(f, as_of, "field_group") if k},
        by_gender={str(GENDER_LABELS.get(k, UNKNOWN)): n for k, n in _group(f, as_of, "gender")},
    )
