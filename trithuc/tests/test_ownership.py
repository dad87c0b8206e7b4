"""Each app owns its tables: another app changes them only through the owning app's services (issue 14).

A small AST check over the apps' code (tests, migrations and the demo data are left out): it finds writes
through a model imported from another app's `models` module: `Model.objects.create/update/delete/…` (also at
the end of a chain, `Model.objects.filter(…).update(…)`), and `.save()`/`.delete()` on an instance built with
`Model(…)`. Writes through related managers (`report.values.create`) are not seen; the check is a net for the
common case, not a proof.
"""

import ast
from pathlib import Path

TRITHUC = Path(__file__).resolve().parent.parent
WRITES = {"create", "get_or_create", "update_or_create", "bulk_create", "bulk_update", "update", "delete"}
INSTANCE_WRITES = {"save", "delete"}
# What could not move to the owning app yet, each with its reason. Keep it short and shrinking.
ALLOWED: set[tuple[str, str]] = set()


def _app_files() -> list[Path]:
    out = []
    for path in sorted(TRITHUC.glob("*/**/*.py")):
        parts = path.relative_to(TRITHUC).parts
        if {"tests", "migrations"} & set(parts) or parts[0] == "demo" or path.name == "demo.py":
            continue
        out.append(path)
    return out


def _foreign_models(tree: ast.Module, app: str) -> dict[str, str]:
    """Names bound to another app's models (`from trithuc.<other>.models import X`) → that app."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if len(parts) == 3 and parts[0] == "trithuc" and parts[2] == "models" and parts[1] != app:
                for alias in node.names:
                    names[alias.asname or alias.name] = parts[1]
    return names


def _root(node: ast.expr) -> tuple[str | None, bool]:
    """The name a chain of attributes and calls starts from, and whether it goes through `.objects`."""
    through_manager = False
    while True:
        if isinstance(node, ast.Attribute):
            through_manager |= node.attr == "objects"
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Name):
            return node.id, through_manager
        else:
            return None, through_manager


def _writes(path: Path) -> list[str]:
    app = path.relative_to(TRITHUC).parts[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    foreign = _foreign_models(tree, app)
    if not foreign:
        return []
    instances = {  # variables bound to `Model(…)` of another app
        target.id: call.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(call := node.value, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in foreign
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, receiver = node.func.attr, node.func.value
        name, through_manager = _root(receiver)
        if method in WRITES and through_manager and name in foreign:
            found.append((name, method, node.lineno))
        elif method in INSTANCE_WRITES and isinstance(receiver, ast.Name) and receiver.id in instances:
            found.append((instances[receiver.id], method, node.lineno))
        elif method in INSTANCE_WRITES and isinstance(receiver, ast.Call) and name in foreign:
            found.append((name, method, node.lineno))
    rel = path.relative_to(TRITHUC.parent).as_posix()
    return [
        f"{rel}:{line} {model}.{method} ({foreign[model]}'s model)"
        for model, method, line in found
        if (rel, model) not in ALLOWED
    ]


def test_no_app_writes_another_apps_models():
    violations = [v for path in _app_files() for v in _writes(path)]
    assert violations == [], "\n".join(violations)


def test_the_check_sees_a_write_to_another_apps_model(tmp_path, monkeypatch):
    """The check itself can fail: a file of reviews creating a plan item is reported."""
    app = tmp_path / "reviews"
    app.mkdir()
    (app / "services.py").write_text(
        "from trithuc.plans.models import PlanItem, Assignment\n"
        "def f(plan):\n"
        "    PlanItem.objects.filter(plan=plan).update(text='x')\n"
        "    item = PlanItem(plan=plan)\n"
        "    item.save()\n"
        "    Assignment(item=item).save()\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(__import__(__name__, fromlist=["TRITHUC"]), "TRITHUC", tmp_path)
    found = _writes(app / "services.py")
    assert [f.split(" ", 1)[1] for f in found] == [
        "PlanItem.update (plans's model)",
        "PlanItem.save (plans's model)",
        "Assignment.save (plans's model)",
    ]
