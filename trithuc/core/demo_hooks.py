"""Where the modules plug their demo and benchmark data in, so core/demo.py and bench/ stay generic."""

import importlib
from typing import Any

MODULES = ["trithuc.reporting.demo", "trithuc.registry.demo"]


def _hooks(name: str) -> list[Any]:
    found = []
    for module_name in MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        if hasattr(module, name):
            found.append(getattr(module, name))
    return found


def load_data(scale: str = "load") -> dict[str, Any]:
    """Each module's data for the load benchmark (`load_data(scale)` in its demo module)."""
    result: dict[str, Any] = {}
    for hook in _hooks("load_data"):
        result.update(hook(scale=scale) or {})
    return result


def load_pages() -> list[str]:
    """Each module's main pages to put under load (`load_pages()` in its demo module)."""
    return [page for hook in _hooks("load_pages") for page in hook()]
