"""The pure rules of a panel: conflicts of interest and how well an expert fits a request.

No database here: the selectors turn rows into these facts, and tests build them by hand.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from trithuc.core.text import search_key


def project_key(code: str, title: str) -> str:
    """The same project under another request: its code when it has one, else its title, accents and case aside."""
    return f"code:{search_key(code)}" if code.strip() else f"title:{search_key(title)}"


@dataclass(frozen=True)
class RequestFacts:
    requesting_agency_id: int
    owner_agency_id: int | None
    owner_name: str
    project: str  # project_key()
    field_codes: frozenset[str]


@dataclass(frozen=True)
class ExpertFacts:
    workplace_agency_id: int | None
    workplace_name: str
    field_codes: frozenset[str]
    highest_degree: str
    title: str
    reviewed_projects: frozenset[str] = frozenset()  # project_key() of earlier panels they sat on


@dataclass(frozen=True)
class Conflict:
    code: str
    message: str


def conflicts_of(expert: ExpertFacts, request: RequestFacts) -> list[Conflict]:
    """The conflicts of interest of DESIGN §3: the expert works for the requester or the project's owner, or
    already reviewed the same project."""
    found = []
    if expert.workplace_agency_id is not None and expert.workplace_agency_id == request.requesting_agency_id:
        found.append(Conflict("requester", "Công tác tại cơ quan đề nghị tư vấn, phản biện."))
    owner_by_id = (
        request.owner_agency_id is not None and expert.workplace_agency_id == request.owner_agency_id
    )
    owner_by_name = bool(request.owner_name.strip()) and search_key(expert.workplace_name) == search_key(
        request.owner_name
    )
    if owner_by_id or owner_by_name:
        found.append(Conflict("owner", "Công tác tại chủ đầu tư, cơ quan chủ trì dự án."))
    if request.project in expert.reviewed_projects:
        found.append(Conflict("reviewed", "Đã tham gia hội đồng về chính dự án này trước đây."))
    return found


DEGREE_POINTS = {
    "TSKH": 5,
    "TS": 4,
    "CKII": 3,
    "ThS": 2,
    "CKI": 2,
    "BS": 1,
    "DS": 1,
    "KTS": 1,
    "KS": 1,
    "CN": 1,
}
TITLE_POINTS = {"GS": 4, "PGS": 3}


def field_points(expert_codes: Iterable[str], request_codes: Iterable[str]) -> int:
    """3 per requested field the expert has exactly (or its sector), 1 when only the field group matches."""
    expert_codes = set(expert_codes)
    groups = {c[:1] for c in expert_codes}
    points = 0
    for code in set(request_codes):
        if code in expert_codes or any(e.startswith(code) or code.startswith(e) for e in expert_codes):
            points += 3
        elif code[:1] in groups:
            points += 1
    return points


def fit_score(expert: ExpertFacts, request: RequestFacts) -> int:
    """Fields weigh most (an unrelated professor is no use), then degree, then academic title."""
    return (
        field_points(expert.field_codes, request.field_codes) * 10
        + DEGREE_POINTS.get(expert.highest_degree, 0)
        + TITLE_POINTS.get(expert.title, 0)
    )
