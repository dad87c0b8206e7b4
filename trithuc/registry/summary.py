"""The registry figures other modules consume (the consolidated report, the dashboard, the API).

A plain frozen dataclass so a report can be rendered without the database; built by
`trithuc.registry.selectors.registry_summary(as_of=...)`.
"""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RegistrySummary:
    as_of: dt.date
    total: int
    young: int  # under the configured young age (35 by default) on `as_of`
    female: int
    ethnic_minority: int | None  # None: withheld from this reader (selectors.registry_summary_for)
    young_female_minority: int | None
    abroad: int
    attracted_in_year: int  # attracted under a provincial policy in as_of.year
    by_degree: dict[str, int] = field(default_factory=dict)  # label → count, e.g. "Tiến sĩ": 120
    by_title: dict[str, int] = field(default_factory=dict)  # "Giáo sư", "Phó giáo sư"
    by_field: dict[str, int] = field(default_factory=dict)  # level-1 S&T field name → count
    by_gender: dict[str, int] = field(default_factory=dict)
    ethnicity_note: str = ""  # why an ethnicity figure is withheld (docs/architecture.md, "Small counts")
