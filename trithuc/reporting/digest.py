"""The daily digest (one e-mail per person per day, services/reminders.py) carries more than report reminders:
an app above reporting (the early warnings of trithuc.alerts) registers a section, so reporting imports nothing
above it."""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

DigestSection = Callable[[dt.date], dict[int, list[str]]]  # day → user id → lines

_SECTIONS: dict[str, DigestSection] = {}


def digest_section_register(name: str, lines: DigestSection) -> None:
    """Called from an AppConfig.ready(); registering the same name again replaces it."""
    _SECTIONS[name] = lines


def digest_sections_lines(on: dt.date) -> dict[int, list[str]]:
    """user id → the lines every registered section has for that user on `on`, in registration order."""
    merged: dict[int, list[str]] = defaultdict(list)
    for lines in _SECTIONS.values():
        for uid, texts in lines(on).items():
            merged[uid] += texts
    return dict(merged)
