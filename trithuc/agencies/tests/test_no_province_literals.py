"""The province is data, not code (issue 13): no province's name and no plan item label in generic code and
templates. Comments and docstrings may use one as an example; tests, fixtures, migrations and demo data may
name the demo province freely."""

import ast
import re
from pathlib import Path

from trithuc.core.text import strip_accents

ROOT = Path(__file__).resolve().parents[2]  # the trithuc package
SKIPPED_DIRS = {"tests", "fixtures", "migrations", "demo", "__pycache__"}
SUFFIXES = {".py", ".html", ".txt"}
# The demo province, with or without accents, any case ("Lâm Đồng", "LÂM ĐỒNG", "lam dong").
PROVINCE = re.compile(r"\blam\s+dong\b")
# A label citing one item of one plan: "mục III.8.a", "Mục II.2".
ITEM_LABEL = re.compile(r"\bm[uụ]c\s+[IVXLCDM]+\.\d", re.IGNORECASE)
_TEMPLATE_COMMENTS = re.compile(r"\{#.*?#\}|\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}|<!--.*?-->", re.S)


def _offences(text: str) -> list[str]:
    found = []
    if PROVINCE.search(strip_accents(text).lower().replace("đ", "d")):
        found.append("tên tỉnh")
    if ITEM_LABEL.search(text):
        found.append("số hiệu mục kế hoạch")
    return found


def literals_in(source: str, suffix: str) -> list[tuple[int, str, str]]:
    """(line, what, text) for each province name or plan item label in `source`, outside comments and
    docstrings (Python) or template comments (templates)."""
    results: list[tuple[int, str, str]] = []
    if suffix == ".py":
        tree = ast.parse(source)
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                results += [(node.lineno, what, node.value) for what in _offences(node.value)]
        return sorted(results)
    kept = _TEMPLATE_COMMENTS.sub(lambda m: "\n" * m.group(0).count("\n"), source)
    for number, line in enumerate(kept.splitlines(), start=1):
        results += [(number, what, line.strip()) for what in _offences(line)]
    return results


def _generic_files() -> list[Path]:
    files = []
    for path in sorted(ROOT.rglob("*")):
        parts = set(path.relative_to(ROOT).parts[:-1])
        is_demo = path.stem == "demo" or path.stem.endswith("_demo")
        if path.suffix in SUFFIXES and path.is_file() and not parts & SKIPPED_DIRS and not is_demo:
            files.append(path)
    return files


def test_generic_code_and_templates_name_no_province_and_no_plan_item():
    checked = _generic_files()
    assert len(checked) > 100  # the walk did reach the apps' code and templates
    assert any(p.suffix == ".html" for p in checked) and ROOT / "agencies" / "selectors.py" in checked
    found = [
        f"{path.relative_to(ROOT.parent)}:{line}: {what}: {text[:80]!r}"
        for path in checked
        for line, what, text in literals_in(path.read_text(encoding="utf-8"), path.suffix)
    ]
    assert found == []


def test_the_checker_finds_a_planted_name_or_label_and_lets_comments_and_docstrings_be():
    planted_code = (
        '"""Reads the profile ("Ủy ban nhân dân tỉnh Lâm Đồng" → "Lâm Đồng")."""\n'
        "# e.g. mục III.8.a of the plan\n"
        "def letterhead():\n"
        '    """UBND TỈNH LÂM ĐỒNG"""\n'
        '    place = "Lam Dong"\n'
        '    return f"UBND TỈNH LÂM ĐỒNG, {place}"\n'
        'LABEL = "Triển khai tại đơn vị (mục III.8.a)"\n'
    )
    assert literals_in(planted_code, ".py") == [
        (5, "tên tỉnh", "Lam Dong"),
        (6, "tên tỉnh", "UBND TỈNH LÂM ĐỒNG, "),
        (7, "số hiệu mục kế hoạch", "Triển khai tại đơn vị (mục III.8.a)"),
    ]
    planted_template = (
        "{# Lâm Đồng in a comment #}\n"
        '<h2>{% translate "Chuỗi nhân tài (Kế hoạch, Mục II.2)" %}</h2>\n'
        "{% comment %}lâm đồng{% endcomment %}<p>Sở Nội vụ tỉnh lâm đồng</p>\n"
        "<p>{{ province.full_name }}, mục {{ ref }}</p>\n"
    )
    assert [(line, what) for line, what, _ in literals_in(planted_template, ".html")] == [
        (2, "số hiệu mục kế hoạch"),
        (3, "tên tỉnh"),
    ]


def test_a_file_planted_in_an_app_is_found_by_the_walk(tmp_path, monkeypatch):
    """The walk itself (not only the checker): a module with the name, placed in a copy of an app, is found;
    the same text in the app's tests and demo data is not looked at."""
    app = tmp_path / "trithuc" / "someapp"
    (app / "tests").mkdir(parents=True)
    (app / "templates").mkdir()
    (app / "views.py").write_text('TITLE = "Kế hoạch của tỉnh Lâm Đồng"\n', encoding="utf-8")
    (app / "tests" / "test_x.py").write_text('X = "Lâm Đồng"\n', encoding="utf-8")
    (app / "demo.py").write_text('X = "Lâm Đồng"\n', encoding="utf-8")
    (app / "templates" / "page.html").write_text("<p>mục II.2</p>\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path / "trithuc")
    files = _generic_files()
    assert sorted(p.name for p in files) == ["page.html", "views.py"]
    found = {
        p.name: [what for _, what, _ in literals_in(p.read_text(encoding="utf-8"), p.suffix)] for p in files
    }
    assert found == {"views.py": ["tên tỉnh"], "page.html": ["số hiệu mục kế hoạch"]}
