"""Templates depend downwards too (issue 14): an app's templates load tag libraries and include templates only
of their own app, of apps in layers below it (`.importlinter`), or of the shared project templates; never of an
app above it or of a sibling in the same layer. What an upper app adds to a lower app's page goes through a
slot (core/slots.py)."""

import configparser
import re
from pathlib import Path

TRITHUC = Path(__file__).resolve().parent.parent
CONTRACTS = TRITHUC.parent / ".importlinter"
LOAD = re.compile(r"{%-?\s*load\s+(.+?)\s*-?%}")
INCLUDE = re.compile(r"""{%-?\s*(?:include|extends)\s+["']([^"'/]+)/""")
SHARED = "core"  # the project's own templates (trithuc/templates) belong with core: below every app


def layers() -> dict[str, int]:
    """App → its layer in the contract, 0 at the top; siblings (`a | b`) share a layer."""
    parser = configparser.ConfigParser()
    parser.read(CONTRACTS, encoding="utf-8")
    lines = [line.strip() for line in parser["importlinter:contract:layers"]["layers"].splitlines()]
    out = {}
    for index, line in enumerate(filter(None, lines)):
        for module in line.split("|"):
            out[module.strip().removeprefix("trithuc.")] = index
    return out


def libraries() -> dict[str, str]:
    """Tag library name → the app that defines it."""
    return {
        path.stem: path.parent.parent.name
        for path in TRITHUC.glob("*/templatetags/*.py")
        if path.name != "__init__.py"
    }


def templates() -> dict[str, tuple[str, str]]:
    """Template path (relative to trithuc/) → (the app it belongs to, its text)."""
    out = {}
    for path in sorted(TRITHUC.glob("**/templates/**/*.html")):
        parts = path.relative_to(TRITHUC).parts
        app = SHARED if parts[0] == "templates" else parts[0]
        out[str(path.relative_to(TRITHUC))] = (app, path.read_text(encoding="utf-8"))
    return out


def upward(found: dict[str, tuple[str, str]], libraries: dict[str, str], layers: dict[str, int]) -> list[str]:
    """Each template's load of a library, or include of a template, of an app above its own or beside it."""
    problems = []
    for name, (app, text) in found.items():
        used = []
        for match in LOAD.finditer(text):
            words = match.group(1).split()
            names = words[words.index("from") + 1 :] if "from" in words else words
            used += [("loads", library, libraries[library]) for library in names if library in libraries]
        used += [("includes", folder, folder) for folder in INCLUDE.findall(text) if folder in layers]
        for verb, what, owner in used:
            if owner != app and layers[owner] <= layers[app]:
                problems.append(f"{name} ({app}) {verb} {what} of {owner}")
    return problems


def test_every_app_with_templates_or_tags_is_in_the_contract():
    apps = {app for app, _ in templates().values()} | set(libraries().values())
    assert apps <= set(layers()), apps - set(layers())


def test_no_template_loads_tags_or_includes_templates_of_an_app_above_or_beside_it():
    assert upward(templates(), libraries(), layers()) == []


def test_the_check_sees_a_load_upwards_a_sibling_and_an_include_upwards():
    layout = {"alerts": 0, "reviews": 1, "events": 1, "plans": 2, "core": 3}
    tags = {"reviews_tags": "reviews", "events_tags": "events", "trithuc": "core"}
    found = {
        "plans/a.html": ("plans", "{% load i18n trithuc reviews_tags %}"),
        "events/b.html": ("events", "{% load note from reviews_tags %}{% include 'plans/_x.html' %}"),
        "core/c.html": ("core", '{% extends "alerts/base.html" %}'),
        "alerts/d.html": ("alerts", "{% load events_tags trithuc %}{% include 'plans/_x.html' %}"),
    }
    assert upward(found, tags, layout) == [
        "plans/a.html (plans) loads reviews_tags of reviews",
        "events/b.html (events) loads reviews_tags of reviews",
        "core/c.html (core) includes alerts of alerts",
    ]
