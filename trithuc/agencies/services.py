"""Writes on agencies: the seed list, the province's profile and the set-up of a new province from its list of
agencies (all or nothing)."""

import datetime as dt
import json
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import F

from trithuc.agencies.models import (
    Agency,
    AgencyAlias,
    AgencyGroup,
    AgencyStamp,
    AgencySuccession,
    ProvinceProfile,
)
from trithuc.agencies.selectors import province_profile
from trithuc.core import audit
from trithuc.core.actors import Actor
from trithuc.core.errors import ServiceError
from trithuc.core.text import agency_key, search_key

SEED_FILE = Path(__file__).resolve().parent / "fixtures" / "agencies.json"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def agencies_changed() -> None:
    """Every plan's pages draw on the agencies, their groups and lineage: renew the stamp their cached parts
    are keyed by (plans.selectors.plan_stamp), in the caller's transaction. Each writer here calls it first,
    so its row lock also orders concurrent writers of the agencies."""
    token = uuid.uuid4().hex
    if AgencyStamp.objects.filter(pk=1).update(version=F("version") + 1, token=token):
        return
    _, created = AgencyStamp.objects.get_or_create(pk=1, defaults={"version": 1, "token": token})
    if not created:  # another writer made the row meanwhile: still renew it for this write
        AgencyStamp.objects.filter(pk=1).update(version=F("version") + 1, token=token)


@transaction.atomic
def agencies_seed(*, path: Path = SEED_FILE) -> dict[str, int]:
    """Create or update the province's agencies, groups and 2025 lineage, and its profile when it has none;
    running it twice changes nothing."""
    agencies_changed()
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("province") and not ProvinceProfile.objects.exists():  # an edited profile is left as it is
        ProvinceProfile.objects.create(**{k: v for k, v in data["province"].items() if k in PROFILE_FIELDS})
    created = 0
    by_code: dict[str, Agency] = {}
    for row in data["agencies"]:
        agency, was_created = Agency.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "short_name": row.get("short_name", ""),
                "kind": row["kind"],
                "valid_from": _date(row.get("valid_from")),
                "valid_to": _date(row.get("valid_to")),
            },
        )
        created += was_created
        by_code[agency.code] = agency
        for alias in {row["name"], row.get("short_name") or row["name"], *row.get("aliases", [])}:
            if not AgencyAlias.objects.filter(agency=agency, key=agency_key(alias)).exists():
                AgencyAlias(agency=agency, alias=alias).save()
    for row in data["agencies"]:
        if row.get("parent"):
            Agency.objects.filter(pk=by_code[row["code"]].pk).update(parent=by_code[row["parent"]])
    for row in data["successions"]:
        AgencySuccession.objects.update_or_create(
            predecessor=by_code[row["predecessor"]],
            successor=by_code[row["successor"]],
            remit=row.get("remit", ""),
            defaults={
                "effective_date": dt.date.fromisoformat(row["effective_date"]),  # a succession has its date
                "is_primary": row.get("is_primary", True),
                "decision": row.get("decision", ""),
            },
        )
    for row in data["groups"]:
        AgencyGroup.objects.update_or_create(
            code=row["code"],
            defaults={"name": row["name"], "member_kinds": row["member_kinds"], "phrases": row["phrases"]},
        )
    return {"agencies": len(by_code), "created": created, "groups": len(data["groups"])}


PROFILE_FIELDS = ("name", "level", "place", "department_name", "talent_item_ref")


@transaction.atomic
def province_profile_update(*, actor: Actor, **fields: str) -> ProvinceProfile:
    """Create or change the one profile row; only the fields given change (audited with before and after)."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"unknown profile fields: {sorted(unknown)}")
    agencies_changed()  # the province's name heads what plans and reports print
    fields = {k: (v or "").strip() for k, v in fields.items()}
    if "name" in fields and not fields["name"]:
        raise ServiceError("Hãy ghi tên tỉnh, thành phố.", field="name")
    if "level" in fields:
        wanted = search_key(fields["level"])
        fields["level"] = next(
            (v for v in ProvinceProfile.Level.values if search_key(v) == wanted), fields["level"]
        )
    if "level" in fields and fields["level"] not in ProvinceProfile.Level.values:
        levels = ", ".join(ProvinceProfile.Level.values)
        raise ServiceError(f"Cấp “{fields['level']}” không hợp lệ; dùng một trong: {levels}.", field="level")
    profile = ProvinceProfile.objects.select_for_update().filter(singleton=1).first()
    before = {k: getattr(profile, k) for k in PROFILE_FIELDS} if profile else None
    if profile is None:
        if not fields.get("name"):
            raise ServiceError("Hãy ghi tên tỉnh, thành phố.", field="name")
        profile = ProvinceProfile(singleton=1)
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.save()
    after = {k: getattr(profile, k) for k in PROFILE_FIELDS}
    if after != before:
        audit.record(
            actor=actor, action="province.profile_update", target=profile, before=before, after=after
        )
    return profile


# ---- a new province from the list of its agencies ---------------------------------------------------------


@dataclass(frozen=True)
class AgencyRow:
    """One row of the agency list as read from the file (row = its number in the sheet, for the errors)."""

    row: int
    name: str
    kind: str
    parent: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowError:
    row: int  # 0: the file or the province's details, not a row
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.row}: {self.message}" if self.row else self.message


class ProvinceSetupError(ServiceError):
    """Every problem of the list at once; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__(
            f"Chưa tạo gì vì danh sách có {len(errors)} lỗi: " + "; ".join(map(str, errors)) + "."
        )


@dataclass
class ProvinceSetupResult:
    profile: ProvinceProfile
    created: list[Agency] = field(default_factory=list)
    groups: int = (
        0  # the standard groups ("các sở, ban, ngành, địa phương"), added to a province that has none
    )


def kind_of(text: str) -> str | None:
    """A kind by its code ("department") or its label ("Sở, ban, ngành"), any case; None when unknown."""
    wanted = agency_key(text)
    for value, label in Agency.Kind.choices:
        if wanted in (value, agency_key(str(label))):
            return value
    return None


def kind_labels() -> str:
    return "; ".join(f"{label} ({value})" for value, label in Agency.Kind.choices)


def _code_for(name: str, taken: set[str]) -> str:
    """A slug of the name ("Sở Nội vụ" → "so-noi-vu"), made unique among `taken`."""
    ascii_name = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.encode("ascii", "ignore").decode().lower()).strip("-")[:56]
    base = base or "co-quan"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    taken.add(code)
    return code


def _check_rows(rows: list[AgencyRow], existing: dict[str, Agency]) -> list[RowError]:
    errors: list[RowError] = []
    names: dict[str, int] = {}
    spellings: dict[str, tuple[int, str]] = {}  # every name and alias of the file → (row, name)
    for r in rows:
        if not r.name:
            errors.append(RowError(r.row, "thiếu tên cơ quan"))
        if not r.kind:
            errors.append(RowError(r.row, f"thiếu loại cơ quan; dùng một trong: {kind_labels()}"))
        elif kind_of(r.kind) is None:
            errors.append(RowError(r.row, f"loại “{r.kind}” không có; dùng một trong: {kind_labels()}"))
        if not r.name:
            continue
        key = agency_key(r.name)
        if key in names:
            errors.append(RowError(r.row, f"“{r.name}” trùng tên với dòng {names[key]}"))
            continue
        names[key] = r.row
        if key in existing:
            errors.append(RowError(r.row, f"“{r.name}” đã có trong hệ thống"))
        for spelling in (r.name, *r.aliases):
            skey = agency_key(spelling)
            other = spellings.get(skey)
            if other and other[0] != r.row:
                errors.append(
                    RowError(r.row, f"tên gọi “{spelling}” trùng với “{other[1]}” ở dòng {other[0]}")
                )
            elif skey in existing and skey != key:
                errors.append(
                    RowError(r.row, f"tên gọi “{spelling}” đã là tên của một cơ quan trong hệ thống")
                )
            spellings.setdefault(skey, (r.row, r.name))
    for r in rows:
        if not r.parent or not r.name:
            continue
        pkey = agency_key(r.parent)
        if pkey == agency_key(r.name):
            errors.append(RowError(r.row, "cơ quan không thể là cấp trên của chính mình"))
        elif pkey not in names and pkey not in existing:
            errors.append(RowError(r.row, f"không thấy cơ quan cấp trên “{r.parent}” trong danh sách"))
    provinces = [r for r in rows if kind_of(r.kind) == Agency.Kind.PROVINCE]
    if len(provinces) > 1 or (
        provinces and any(a.kind == Agency.Kind.PROVINCE and a.valid_to is None for a in existing.values())
    ):
        for r in provinces[0 if len(provinces) == 1 else 1 :]:
            errors.append(RowError(r.row, "chỉ có một Ủy ban nhân dân cấp tỉnh"))
    errors += _cycles(rows, names)
    return sorted(errors, key=lambda e: e.row)


def _cycles(rows: list[AgencyRow], names: dict[str, int]) -> list[RowError]:
    parent_of = {agency_key(r.name): agency_key(r.parent) for r in rows if r.name and r.parent}
    errors = []
    for start in parent_of:
        seen, node = {start}, parent_of.get(start)
        while node in parent_of and node not in seen:
            seen.add(node)
            node = parent_of[node]
        if node == start:
            errors.append(RowError(names[start], "cơ quan cấp trên vòng lại chính nó"))
    return errors


@transaction.atomic
def province_setup(
    *,
    actor: Actor,
    rows: list[AgencyRow],
    profile: dict[str, str] | None = None,
    add_to_existing: bool = False,
) -> ProvinceSetupResult:
    """Start a province from its agencies: every row is checked first and every error is reported together;
    on any error nothing is written. A database that already has agencies is refused unless
    `add_to_existing` (then the new ones are added beside them). Without a province-level row, the People's
    Committee is added from the profile ("Ủy ban nhân dân tỉnh …"), because plans and documents name it; the
    standard groups plans name collectively are added when there are none."""
    profile = {k: v for k, v in (profile or {}).items() if v}
    errors: list[RowError] = []
    if not rows:
        errors.append(RowError(0, "danh sách không có cơ quan nào"))
    existing = {agency_key(a.name): a for a in Agency.objects.all()}
    existing.update({alias.key: alias.agency for alias in AgencyAlias.objects.select_related("agency")})
    if existing and not add_to_existing:
        raise ServiceError(
            f"Hệ thống đã có {Agency.objects.count()} cơ quan: không thiết lập tỉnh mới đè lên. "
            "Muốn thêm các cơ quan này vào danh sách đã có, chạy lại với --add-to-existing."
        )
    saved = None
    named = ProvinceProfile.objects.exists() or any(a.kind == Agency.Kind.PROVINCE for a in existing.values())
    if not profile.get("name") and not named:
        errors.append(RowError(0, "thiếu tên tỉnh, thành phố (trang “Tỉnh” của tệp hoặc tùy chọn --name)"))
    elif profile:
        try:
            saved = province_profile_update(actor=actor, **profile)
        except ServiceError as error:
            errors.append(RowError(0, error.message.rstrip(".")))
    errors += _check_rows(rows, existing)
    if errors:
        raise ProvinceSetupError(errors)
    agencies_changed()
    saved = saved or province_profile()  # a province already there (added to) keeps its profile as it is
    taken = set(Agency.objects.values_list("code", flat=True))
    by_key: dict[str, Agency] = {}
    result = ProvinceSetupResult(saved)
    if (
        not any(kind_of(r.kind) == Agency.Kind.PROVINCE for r in rows)
        and not Agency.objects.filter(kind=Agency.Kind.PROVINCE, valid_to__isnull=True).exists()
    ):
        rows = [
            AgencyRow(0, saved.committee, Agency.Kind.PROVINCE, aliases=(f"UBND {saved.full_name}",)),
            *rows,
        ]
    for r in rows:
        agency = Agency.objects.create(code=_code_for(r.name, taken), name=r.name, kind=kind_of(r.kind) or "")
        for alias in dict.fromkeys((r.name, *r.aliases)):
            if not AgencyAlias.objects.filter(agency=agency, key=agency_key(alias)).exists():
                AgencyAlias(agency=agency, alias=alias).save()
        by_key[agency_key(r.name)] = agency
        result.created.append(agency)
    for r in rows:
        if r.parent:
            parent = by_key.get(agency_key(r.parent)) or existing[agency_key(r.parent)]
            Agency.objects.filter(pk=by_key[agency_key(r.name)].pk).update(parent=parent)
    # The collective phrases of plans ("các sở, ban, ngành, địa phương"), by kind: the same in every province.
    if not AgencyGroup.objects.exists():
        seed = json.loads(SEED_FILE.read_text(encoding="utf-8"))
        for group in seed["groups"]:
            AgencyGroup.objects.create(**group)
            result.groups += 1
    audit.record(
        actor=actor,
        action="province.setup",
        target=saved if saved.pk else None,
        extra={"agencies": [a.code for a in result.created], "added_to_existing": bool(existing)},
    )
    return result
