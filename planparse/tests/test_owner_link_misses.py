"""bench/owner_link_misses.py (round 59): the lead misses where the assignment section gives the owner, listed with the
duties a reader weighs, and each document's figures for comparing two parsers.

Lives here because pytest collects planparse/tests (pyproject testpaths), not bench/. The plan is made up.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import load_script

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_plan.py"

PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Chuyển đổi số ngành đất đai năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả quản lý đất đai bằng công nghệ số.

II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng cơ sở dữ liệu đất đai toàn tỉnh và cập nhật bản đồ địa chính số.
2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.

III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: Chủ trì xây dựng cơ sở dữ liệu đất đai và cập nhật bản đồ địa chính số.
2. Sở Nội vụ: Chủ trì tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.
"""


def _tool() -> ModuleType:
    return load_script(ROOT / "bench" / "owner_link_misses.py")


def _corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A one-document set whose gold gives II.1 to the body of the other duty (a made-up disagreement)."""
    corpus = tmp_path / "madeup59"
    (corpus / "raw").mkdir(parents=True)
    (corpus / "gold").mkdir()
    (corpus / "raw" / "made-up-plan.txt").write_text(PLAN, encoding="utf-8")
    task = {"deadline": None, "recurrence": None, "lead_source": "section_III", "coordinators": []}
    gold = {
        "tasks": [
            {**task, "ref": "II.1", "text": "Xây dựng cơ sở dữ liệu đất đai", "lead": ["Sở Nội vụ"]},
            {**task, "ref": "II.2", "text": "Tổ chức tập huấn kỹ năng số", "lead": ["Sở Nội vụ"]},
        ]
    }
    (corpus / "gold" / "made-up-plan.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("PLAN_CORPUS_DIRS", str(corpus))
    return corpus.name


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/tools/score_plan.py")
def test_a_miss_is_listed_with_the_duties_nearest_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _corpus(tmp_path, monkeypatch)
    assert _tool().main([name]) == 0
    out = capsys.readouterr().out
    assert f"{name}/made-up-plan" in out
    assert "II.1: linked gold=['Sở Nội vụ'] got=['Sở Nông nghiệp và Môi trường']" in out
    assert "II.2:" not in out  # the item the gold reads as the parser does is no miss
    # the duty the parser linked (">") comes first; the gold body's duty is marked "*"
    duty_lines = [ln for ln in out.splitlines() if ln.startswith("    ") and " III." in ln]
    assert duty_lines[0].startswith("     >  1") and "III.1" in duty_lines[0]
    assert any(ln.startswith("    * ") and "III.2" in ln for ln in duty_lines)
    # round 73: where the gold body's nearest duty stands, under the miss and counted at the end
    assert "    gold body's nearest duty: 2-3" in out
    assert "# linked=1\n# gold body's nearest duty: 2-3=1" in out
    assert out.strip().endswith("# gold body's nearest duty: 2-3=1")


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/tools/score_plan.py")
def test_figures_give_one_json_line_per_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _corpus(tmp_path, monkeypatch)
    assert _tool().main(["--figures", name]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert row["doc"] == f"{name}/made-up-plan"
    assert (row["matched"], row["lead_ok"], row["lead_n"]) == (2, 1, 2)
