"""Shared fixtures: the corpus of /work/shared (skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed" / "ke-hoach-kl52-lam-dong.txt"
SCHEMA = SHARED / "schemas" / "plan-parse.schema.json"
SEED_SLUG = "lamdong-kl52-2020-tri-thuc"


def corpus_slugs() -> list[str]:
    return sorted(p.stem for p in (CORPUS / "gold").glob("*.json")) if CORPUS.exists() else []


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("seed plan not available")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    path = CORPUS / "gold" / f"{SEED_SLUG}.json"
    if not path.exists():
        pytest.skip("gold not available")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
