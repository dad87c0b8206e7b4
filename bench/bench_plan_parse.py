"""Bench the plan importer in-process on the shared corpus; prints one line starting with "plan_parse: ".

Scoring is score_plan.py's own (imported from ../shared/tools), so the figures match `make bench`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SEED_SLUG = "lamdong-kl52-2020-tri-thuc"
sys.path.insert(0, str(ROOT))

from planparse import parse_plan  # noqa: E402


def _scorer() -> ModuleType | None:
    path = SHARED / "tools" / "score_plan.py"
    spec = importlib.util.spec_from_file_location("score_plan", path) if path.exists() else None
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    sp = _scorer()
    slugs = sorted(p.stem for p in (CORPUS / "gold").glob("*.json")) if CORPUS.exists() else []
    if sp is None or not slugs:
        print("plan_parse: docs=0 skipped=no-corpus")
        return 0
    tot = {"gold": 0, "got": 0, "matched": 0, "lead_ok": 0, "lead_n": 0, "d": [0, 0, 0], "rc": [0, 0, 0]}
    seed = "?"
    secs = 0.0
    for slug in slugs:
        gold = json.loads((CORPUS / "gold" / f"{slug}.json").read_text(encoding="utf-8"))
        text = (CORPUS / "raw" / f"{slug}.txt").read_text(encoding="utf-8")
        t0 = time.perf_counter()
        parsed = parse_plan(text).to_dict()
        secs += time.perf_counter() - t0
        s = sp.score_doc(parsed, gold)
        for k in ("gold", "got", "matched", "lead_ok", "lead_n"):
            tot[k] += s[k]
        for k in ("d", "rc"):
            tot[k] = [a + b for a, b in zip(tot[k], s[k], strict=True)]
        if slug == SEED_SLUG:
            seed = f"{s['matched']}/{s['gold']}"
    task_f1 = sp.f1(tot["matched"], tot["got"] - tot["matched"], tot["gold"] - tot["matched"])[0]
    lead_acc = tot["lead_ok"] / tot["lead_n"] if tot["lead_n"] else 0.0
    print(
        f"plan_parse: docs={len(slugs)} task_f1={task_f1:.2f} lead_acc={lead_acc:.2f} "
        f"deadline_f1={sp.f1(*tot['d'])[0]:.2f} recurrence_f1={sp.f1(*tot['rc'])[0]:.2f} "
        f"ms_per_doc={1000 * secs / len(slugs):.1f} seed_tasks={seed}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
