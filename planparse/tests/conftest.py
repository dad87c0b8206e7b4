"""Shared fixtures: the corpus and schema of ../shared, which every checkout here has beside it.

A missing ../shared fails loudly: a silently skipped corpus test would hide a broken parser.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed" / "ke-hoach-kl52-lam-dong.txt"
SCHEMA = SHARED / "schemas" / "plan-parse.schema.json"
SEED_SLUG = "lamdong-kl52-2020-tri-thuc"


def load_script(path: Path) -> ModuleType:
    """A script of bench/ (not a package) loaded as a module, its folder on the path for the siblings it imports."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_schema() -> dict[str, Any]:
    """The plan-parse JSON contract of ../shared, or a clear message when the checkout has no shared/ beside it."""
    if not SCHEMA.is_file():
        raise pytest.UsageError(
            f"Không tìm thấy lược đồ JSON tại {SCHEMA} (cần thư mục shared/ bên cạnh repo)."
        )
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return schema


def corpus_slugs() -> list[str]:
    slugs = sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))
    if not slugs:
        raise pytest.UsageError(
            f"Không tìm thấy bộ văn bản mẫu tại {CORPUS} (cần thư mục shared/ bên cạnh repo)."
        )
    return slugs


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"Không tìm thấy kế hoạch mẫu tại {SEED} (cần thư mục shared/ bên cạnh repo).")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    path = CORPUS / "gold" / f"{SEED_SLUG}.json"
    if not path.exists():
        pytest.fail(f"Không tìm thấy bản chú giải (gold) tại {path} (cần thư mục shared/ bên cạnh repo).")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
