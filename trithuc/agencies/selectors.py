"""Reads on agencies: the phrase matcher and the lineage of the 2025 reorganisation."""

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.db.models import QuerySet

from trithuc.agencies.models import Agency, AgencyAlias, AgencyGroup, AgencySuccession, ProvinceProfile
from trithuc.core.text import agency_key

FUZZY_THRESHOLD = 0.9
# Words that wrap a name in running text without changing which body it is; the province's own name ("Sở Nội
# vụ tỉnh …") is trimmed too, read from its province-level agencies (`_place_trims`).
_TRIMMABLE = [r"^giao\s+", r"^đề nghị\s+", r"\s+tỉnh$", r"^các\s+"]


@dataclass(frozen=True)
class AgencyMatch:
    phrase: str
    agency: Agency | None = None
    group: AgencyGroup | None = None
    score: float = 0.0

    @property
    def matched(self) -> bool:
        return self.agency is not None or self.group is not None

    @property
    def name(self) -> str:
        target = self.agency or self.group
        return target.name if target is not None else self.phrase


@dataclass
class AgencyMatcher:
    """Matches document phrases to agencies or groups; load once, match many (one query per table)."""

    agency_keys: dict[str, Agency] = field(default_factory=dict)
    group_keys: dict[str, AgencyGroup] = field(default_factory=dict)
    trims: list[str] = field(default_factory=lambda: list(_TRIMMABLE))

    @classmethod
    def load(cls) -> "AgencyMatcher":
        matcher = cls()
        agencies = {a.pk: a for a in Agency.objects.all()}
        for alias in AgencyAlias.objects.all():
            matcher.agency_keys.setdefault(alias.key, agencies[alias.agency_id])
        for agency in agencies.values():
            matcher.agency_keys.setdefault(agency_key(agency.name), agency)
        for group in AgencyGroup.objects.all():
            for phrase in [group.name, *group.phrases]:
                matcher.group_keys.setdefault(agency_key(phrase), group)
        matcher.trims = _TRIMMABLE[:2] + _place_trims(agencies.values()) + _TRIMMABLE[2:]
        return matcher

    def match(self, phrase: str) -> AgencyMatch:
        for key in _key_variants(_own_body_key(agency_key(phrase)), self.trims):
            if key in self.group_keys:
                return AgencyMatch(phrase, group=self.group_keys[key], score=1.0)
            if key in self.agency_keys:
                return AgencyMatch(phrase, agency=self.agency_keys[key], score=1.0)
        return self._fuzzy(phrase)

    def _fuzzy(self, phrase: str) -> AgencyMatch:
        groups, agencies = list(self.group_keys.items()), list(self.agency_keys.items())
        score, index = _closest(agency_key(phrase), tuple(key for key, _ in groups + agencies))
        if score < FUZZY_THRESHOLD:
            return AgencyMatch(phrase, score=score)
        if index < len(groups):
            return AgencyMatch(phrase, group=groups[index][1], score=score)
        return AgencyMatch(phrase, agency=agencies[index - len(groups)][1], score=score)

    def suggest(self, phrase: str, limit: int = 3) -> list[tuple[str, str, float]]:
        """The closest agencies and groups for an unmatched phrase: (choice, name, score), best first."""
        key = agency_key(phrase)
        scored: dict[str, tuple[str, float]] = {}
        candidates = [(f"group:{g.code}", g.name, k) for k, g in self.group_keys.items()]
        candidates += [(f"agency:{a.code}", a.name, k) for k, a in self.agency_keys.items()]
        for choice, name, candidate in candidates:
            score = SequenceMatcher(None, key, candidate).ratio()
            if score > scored.get(choice, ("", 0.0))[1]:
                scored[choice] = (name, score)
        best = sorted(scored.items(), key=lambda pair: -pair[1][1])[:limit]
        return [(choice, name, round(score, 2)) for choice, (name, score) in best]


@functools.lru_cache(maxsize=4096)
def _closest(key: str, candidates: tuple[str, ...]) -> tuple[float, int]:
    """The best difflib ratio of `key` to a candidate and the first candidate that reaches it (-1: none above 0).

    A pure function of its strings, so kept for the process: a plan's phrases are matched again at its confirmation
    and at its next version. The cheap upper bounds of the ratio skip a candidate that cannot beat the best so far.
    """
    best, best_index = 0.0, -1
    for index, candidate in enumerate(candidates):
        matcher = SequenceMatcher(None, key, candidate)
        if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
            continue
        ratio = matcher.ratio()
        if ratio > best:
            best, best_index = ratio, index
    return best, best_index


def _place_trims(agencies: Iterable[Agency]) -> list[str]:
    """ "… tỉnh X" and "… X" for the province the current province-level agencies name (already loaded)."""
    places = {
        agency_key(place)
        for a in agencies
        if a.kind == Agency.Kind.PROVINCE and a.valid_to is None
        for place in [_place_of(a.name)]
        if place
    }
    return [rf"\s+(?:tỉnh\s+|thành phố\s+)?{re.escape(place)}$" for place in sorted(places) if place]


# A central document names every province's body at once ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
# ương", "Sở Y tế cấp tỉnh"): for the province importing it, that is its own body. The person who heads a body
# answers for it ("Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Y tế"): the task is the body's.
_EVERY_PROVINCE = re.compile(
    r"\s+(?:của\s+)?(?:các\s+)?(?:tỉnh\s*(?:,|/|và)\s*thành phố|tỉnh,\s*thành|cấp tỉnh|các tỉnh)"
    r"(?:\s+trực thuộc trung ương)?$"
)
# "(các) đồng chí" or "đ/c" before a title or a name: the person addressed, not a body's name
_HONORIFIC = re.compile(r"^(?:các\s+)?(?:đồng chí|đ/c)\s+")
_HEAD_OF = re.compile(
    r"^(?:chủ tịch|giám đốc|thủ trưởng|người đứng đầu|bí thư)\s+"
    r"(?=(?:các\s+)?(?:ủy ban|uỷ ban|sở|(?:tỉnh|thành)\s+(?:ủy|uỷ))\b)"
)


def _own_body_key(key: str) -> str:
    """The key of the body a phrase names for this province: its head's title dropped, "every province" read as
    the province."""
    return _EVERY_PROVINCE.sub(" tỉnh", _HEAD_OF.sub("", _HONORIFIC.sub("", key)))


def _key_variants(key: str, trims: list[str]) -> list[str]:
    variants = [key]
    for pattern in trims:
        trimmed = re.sub(pattern, "", variants[-1]).strip()
        if trimmed and trimmed != variants[-1]:
            variants.append(trimmed)
    return variants


def successor_map(
    *, on: dt.date, all_steps: list[AgencySuccession] | None = None
) -> dict[int, list[AgencySuccession]]:
    """For every agency reorganised by `on`, the agencies now responsible, following chains.

    Pass `all_steps` (every succession row, loaded once) to resolve many days without a query each.
    """
    if all_steps is None:
        all_steps = list(AgencySuccession.objects.select_related("successor"))
    steps: dict[int, list[AgencySuccession]] = {}
    for step in all_steps:
        if step.effective_date <= on:
            steps.setdefault(step.predecessor_id, []).append(step)
    resolved: dict[int, list[AgencySuccession]] = {}
    for agency_id in steps:
        result: list[AgencySuccession] = []
        frontier, seen = [agency_id], {agency_id}
        while frontier:
            for step in steps.get(frontier.pop(0), []):
                if step.successor_id in seen:
                    continue
                seen.add(step.successor_id)
                if step.successor_id in steps:
                    frontier.append(step.successor_id)
                else:
                    result.append(step)
        resolved[agency_id] = result
    return resolved


def agency_successors(agency: Agency, *, on: dt.date) -> list[AgencySuccession]:
    """The agencies responsible on `on` for what `agency` was given; empty when it still exists."""
    return successor_map(on=on).get(agency.pk, [])


def agency_list() -> QuerySet[Agency]:
    """Agencies are public inside the system: every logged-in officer may see the list."""
    return Agency.objects.order_by("kind", "name")


# ---- bodies outside the province ---------------------------------------------------------------------------
# A plan names bodies the province does not steer: the central state (Chính phủ, Thủ tướng, the ministries,
# Quốc hội, the Party's central organs, national bodies "… Việt Nam"), other provinces, and collective phrases
# that name no one ("các cơ quan, đơn vị có liên quan"). They are recognised by the kind of body their name
# says (the nomenclature of the state apparatus), not from a list of names met in some document.
_LOCAL_LEVEL = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|(?<!tấn )xã(?! hội)|phường|đặc khu)\b")
_CENTRAL = re.compile(
    r"\b(chính phủ|thủ tướng|quốc hội|chủ tịch nước|trung ương|bộ chính trị|ban bí thư|tối cao|"
    r"kiểm toán nhà nước|liên bộ|ngang bộ)\b"
    r"|^(các\s+)?bộ(\s*,\s*|\s+)(?!phận|đội|chỉ huy|máy|tiêu chí|công cụ|hồ sơ|phận)\w"
    r"|^các\s+bộ$"  # the ministries, all of them ("Các bộ chủ động …")
    r"|^(các\s+)?(tổng cục|cục)\s"
    r"|\bviệt nam$"
    # a central body's regional branch, named by its numbered region ("Chi cục Hải quan khu vực V", "Ngân hàng
    # Nhà nước khu vực 12"), serves several provinces and answers to its ministry
    r"|\bkhu vực\s+(?:[ivxlc]+|\d+)$"
    # the army's regions and commands answer to the Ministry of Defence, not to a province
    r"|\bquân khu\b|^(?:các\s+)?(?:tư lệnh|bộ tư lệnh)\b"
    # a national steering or advisory body ("Ban Chỉ đạo quốc gia …", "Hội đồng quốc gia …") and its office
    # and a national centre, institute or fund ("Trung tâm dữ liệu quốc gia"; a "Vườn quốc gia" is a park, no body)
    r"|^(?:(?:các|mỗi|từng)\s+)?(?:văn phòng\s+)?(?:ban chỉ đạo|hội đồng|ủy ban|trung tâm|viện|quỹ)\b[^,;]*\bquốc gia\b"
)
# Businesses and credit institutions are addressed by plans but are no body of the state apparatus to pick.
_NON_STATE = re.compile(
    r"^(các\s+)?(doanh nghiệp|công ty|tập đoàn|nhà mạng|ngân hàng thương mại|tổ chức tín dụng|hợp tác xã)\b"
)
# A body convened for one purpose by a plan or by a higher level (the "tổ chức phối hợp liên ngành" of Quyết định
# 34/2007/QĐ-TTg and its kin): a steering committee, a working group, a council, an organising board and what serves
# them. It is no agency of the catalogue: an agency hosts it (its "cơ quan thường trực"), which the coordinator may
# pick. A party committee's Ban Tổ chức, a People's Council, the National Assembly's Hội đồng Dân tộc and a
# company's board are standing bodies, not convened ones.
_CONVENED = re.compile(
    r"^(?:các\s+)?(?:tổ công tác|tổ giúp việc|tổ thư ký|tổ biên tập|tiểu ban|ban chỉ đạo|ban điều hành|ban soạn thảo"
    r"|ban tổ chức(?!\s+(?:trung ương|(?:tỉnh|thành|huyện|quận|thị|đảng)\s*(?:ủy|uỷ)))"
    r"|hội đồng(?!\s+(?:nhân dân|dân tộc|thành viên|quản trị)))\b"
)
# Who serves such a body or speaks for it: "Cơ quan thường trực Tổ công tác …", "Văn phòng Thường trực Ban Chỉ đạo
# …", "Các thành viên của Ban Chỉ đạo", "Trưởng Ban Chỉ đạo". The body is what follows.
_SERVING = re.compile(
    r"^(?:(?:các\s+)?(?:cơ quan|văn phòng|ban)\s+(?:thường trực|giúp việc)|thường trực|văn phòng"
    r"|(?:các\s+)?thành viên|(?:phó\s+)?(?:tổ\s+)?trưởng)(?:\s+(?:của|cho))?\s+"
)
_GENERIC = r"(cơ quan|đơn vị|tổ chức|địa phương|lực lượng)"
_RELATED = re.compile(
    r"^(các\s+)?(cơ quan|đơn vị|tổ chức|địa phương|sở|ngành|bộ)\b[^;]*?\b(có\s+)?liên\s+quan\b"
    r"|^(các\s+)?(cơ quan|đơn vị|tổ chức|địa phương)(\s*,\s*[\w ]+)*\s+khác$"
    # only generic nouns, however many ("Các cơ quan, đơn vị", "các đơn vị, địa phương", "các lực lượng"): no body
    # is named
    rf"|^(các\s+)?{_GENERIC}((\s*,\s*|\s+và\s+)(các\s+)?{_GENERIC})*$"
)


_NOT_A_PLACE = {"ủy", "uỷ", "đoàn", "đội", "ban", "lộ", "trưởng", "hội", "này", "và"}


@dataclass(frozen=True)
class Province:
    """The province this database is set up for, read from its province-level agency (data, not code)."""

    agency: Agency | None
    place: str  # "Lâm Đồng" in the demo
    former: tuple[str, ...]  # provinces merged into it (their UBND agencies have it as successor)
    inner: tuple[str, ...] = ()  # cities and districts of the catalogue ("thành phố Đà Lạt" is not elsewhere)

    def names(self) -> set[str]:
        return {agency_key(p) for p in (self.place, *self.former, *self.inner) if p}


def _place_of(name: str) -> str:
    """ "Ủy ban nhân dân tỉnh Lâm Đồng" → "Lâm Đồng", "Bí thư Tỉnh ủy Gia Lai" → "Gia Lai"; "" when the name carries
    no place."""
    for found in re.finditer(r"\b(?:(?:tỉnh|thành)\s+(?:ủy|uỷ)|tỉnh|thành phố)\s+(.+)$", name, re.I):
        place = re.split(r"[()\[\]]", found.group(1))[0].strip(
            " .,;:"
        )  # "… tỉnh Lào Cai)": the place, not the bracket
        first = place.split()[0].lower() if place else ""
        if place[:1].isupper() and first not in _NOT_A_PLACE:
            return place
    return ""


def province_home() -> Province:
    """The current province-level agency (the one others were merged into when there are several)."""
    provinces = list(Agency.objects.filter(kind=Agency.Kind.PROVINCE, valid_to__isnull=True).order_by("pk"))
    if not provinces:
        return Province(None, "", ())
    merged_into = set(
        AgencySuccession.objects.filter(successor__in=provinces).values_list("successor_id", flat=True)
    )
    home = next((p for p in provinces if p.pk in merged_into), provinces[0])
    former = AgencySuccession.objects.filter(successor=home, predecessor__kind=Agency.Kind.PROVINCE)
    local = Agency.objects.filter(kind__in=[Agency.Kind.DISTRICT, Agency.Kind.COMMUNE]).values_list(
        "name", flat=True
    )
    return Province(
        home,
        _place_of(home.name),
        tuple(_place_of(s.predecessor.name) for s in former),
        tuple(p for p in map(_place_of, local) if p),
    )


def place_named(text: str) -> str:
    """The province or city a body's name or an issuer line names ("UBND TỈNH NGHỆ AN" → "NGHỆ AN")."""
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    for line in lines:
        place = _place_of(line.strip())
        if place:
            return place
    return ""


def province_profile() -> ProvinceProfile:
    """The province's profile (one query); before it is set, an unsaved one named after the province-level
    agency, or blank (documents then show "………" where the name goes)."""
    profile = ProvinceProfile.objects.first()
    if profile is not None:
        return profile
    home = Agency.objects.filter(kind=Agency.Kind.PROVINCE, valid_to__isnull=True).order_by("pk").first()
    return ProvinceProfile(name=_place_of(home.name) if home else "")


def body_scope(phrase: str, province: Province) -> str | None:
    """ "central", "other_province", "related" (names no one), "non_state" (businesses), "convened" (a steering
    committee, working group or council an agency hosts) or None (a body of this province, or unknown)."""
    key = _HONORIFIC.sub("", agency_key(phrase))  # "các đồng chí Bộ trưởng": the ministers
    if not key:
        return None
    place = _place_of(phrase)
    if place and province.place and agency_key(place) not in province.names():
        return "other_province"
    if _RELATED.search(key):
        return "related"
    if _NON_STATE.search(key):
        return "non_state"
    if _is_central(key):
        return "central"
    body = _served_body(key)
    if _CONVENED.search(body):  # "Văn phòng Thường trực Ban Chỉ đạo … quốc gia" is central
        return "central" if _is_central(body) else "convened"
    return None


def _is_central(key: str) -> bool:
    return bool(_CENTRAL.search(key)) and not _LOCAL_LEVEL.search(key.replace("trung ương", ""))


def _served_body(key: str) -> str:
    """The body a phrase names once who serves it is dropped: "cơ quan thường trực tổ công tác …" → "tổ công tác …"."""
    for _ in range(3):  # "phó trưởng ban thường trực ban chỉ đạo": two steps
        key, found = _SERVING.subn("", key)
        if not found:
            break
    return key


SCOPE_LABELS = {
    "central": "Cơ quan trung ương",
    "other_province": "Cơ quan ngoài tỉnh",
    "related": "Các cơ quan liên quan (không chỉ định cụ thể)",
    "non_state": "Doanh nghiệp, tổ chức ngoài bộ máy nhà nước",
    "convened": "Ban chỉ đạo, tổ công tác, hội đồng (tổ chức phối hợp liên ngành)",
}
