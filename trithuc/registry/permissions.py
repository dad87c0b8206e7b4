"""Who sees what of a person (DESIGN §2, Law 91/2025/QH15): ethnicity is sensitive, contact needs consent.

| viewer                       | people                      | fields                                              |
| registry officer             | all (pupils, restricted)    | everything, ethnicity included                      |
| the person's own account     | own record                  | everything                                          |
| reporter / head of an agency | its own staff               | + gender, birth, position, contact, planning; no ethnicity |
| coordinator                  | intellectuals               | name, degrees, titles, fields, workplace            |
| union officer                | intellectuals               | the same, + contact when the person consented       |
| leader, administrator        | none (aggregates only)      |                                                     |
"""

from dataclasses import dataclass
from typing import Any

from trithuc.core import permissions
from trithuc.core.permissions import Role

STATS_ROLES = frozenset(
    {
        Role.COORDINATOR,
        Role.REPORTER,
        Role.HEAD,
        Role.LEADER,
        Role.UNION_OFFICER,
        Role.REGISTRY_OFFICER,
        Role.ADMINISTRATOR,
    }
)
BROWSE_ROLES = frozenset({Role.COORDINATOR, Role.UNION_OFFICER, Role.REGISTRY_OFFICER})
AGENCY_ROLES = frozenset({Role.REPORTER, Role.HEAD})

# The one rule of what each level shows of a person (the person page, the list, the export, the API) and
# therefore what a list may be filtered or sorted on: a filter on an attribute the viewer cannot see would
# reveal it person by person ("?planning=any" lists who is in the cadre plan). Names are PersonFilters fields.
BASIC_ATTRIBUTES = frozenset({"q", "degree", "title", "field", "agency"})
AGENCY_ATTRIBUTES = BASIC_ATTRIBUTES | {
    "works_in",
    "locality",
    "planning",
    "attracted",
    "attraction_year",
    "excellent_graduate",
    "gender",
    "age_band",
}
ETHNICITY_ATTRIBUTES = frozenset({"minority", "ethnic_group"})
FULL_ATTRIBUTES = AGENCY_ATTRIBUTES | ETHNICITY_ATTRIBUTES | {"kind"}
LEVEL_ATTRIBUTES = {
    "full": FULL_ATTRIBUTES,
    "agency": AGENCY_ATTRIBUTES,
    "basic": BASIC_ATTRIBUTES,
    "": frozenset(),
}


def shows(level: str, attribute: str) -> bool:
    """Whether a person seen at `level` shows `attribute` (a PersonFilters field name)."""
    return attribute in LEVEL_ATTRIBUTES[level]


@dataclass(frozen=True)
class RegistryAccess:
    """A user's rights on the registry, computed once per request from their memberships."""

    user_id: int | None
    is_officer: bool
    browse: bool  # coordinator or union officer: every intellectual, basic fields
    contact_if_consented: bool  # union officer
    agency_ids: frozenset[int]
    stats: bool

    @property
    def can_list(self) -> bool:
        return self.is_officer or self.browse or bool(self.agency_ids)

    def level(self, person: Any) -> str:
        """'full', 'agency', 'basic' or '' (cannot see the person at all)."""
        if self.is_officer or (self.user_id and person.user_id == self.user_id):
            return "full"
        if person.kind == "pupil" or person.is_restricted:
            return ""
        if person.workplace_agency_id in self.agency_ids:
            return "agency"
        return "basic" if self.browse else ""

    def sees_contact(self, person: Any) -> bool:
        level = self.level(person)
        return level in ("full", "agency") or (
            level == "basic" and self.contact_if_consented and person.consent_contact
        )

    @property
    def list_level(self) -> str:
        """The level every row of this user's lists is seen at, at least (the coordinator who also reports for
        an agency sees other agencies' staff at 'basic', so the list is 'basic')."""
        if self.is_officer:
            return "full"
        if self.browse:
            return "basic"
        return "agency" if self.agency_ids else ""

    def filterable(self, *, aggregate: bool = False) -> frozenset[str]:
        """What this user may filter and sort on: a list by what it shows of every row (`LEVEL_ATTRIBUTES`);
        statistics (counts under the small-count rule, disclosure.py) by everything but ethnicity."""
        if aggregate and not self.is_officer:
            return FULL_ATTRIBUTES - ETHNICITY_ATTRIBUTES
        return LEVEL_ATTRIBUTES[self.list_level]

    def list_shows(self, attribute: str) -> bool:
        return shows(self.list_level, attribute)

    @property
    def filter_personal(self) -> bool:
        """Gender and age on the person list: only for those who see them on every row listed."""
        return self.list_shows("gender")


def registry_access(user: Any) -> RegistryAccess:
    roles = permissions.user_roles(user)
    return RegistryAccess(
        user_id=getattr(user, "pk", None) if getattr(user, "is_authenticated", False) else None,
        is_officer=Role.REGISTRY_OFFICER in roles,
        browse=bool(roles & {Role.COORDINATOR, Role.UNION_OFFICER}),
        contact_if_consented=Role.UNION_OFFICER in roles,
        agency_ids=frozenset(permissions.user_agency_ids(user, AGENCY_ROLES)),
        stats=bool(roles & STATS_ROLES),
    )


def can_manage_registry(user: Any) -> bool:
    """Creating, editing, importing: the registry officers (and the command line)."""
    return user is permissions.SYSTEM or permissions.has_role(user, Role.REGISTRY_OFFICER)


def can_edit_person(user: Any, person: Any) -> bool:
    return can_manage_registry(user) or (
        getattr(user, "is_authenticated", False) and person.user_id is not None and person.user_id == user.pk
    )
