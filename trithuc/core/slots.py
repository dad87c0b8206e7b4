"""Places on a lower app's page that apps above it fill (issue 14: dependencies point one way).

The plans pages show what amendments and reviews know about a plan or a task. Plans may not import those apps,
nor load their tag libraries, so each upper app registers what it adds to a slot when it starts (its
`AppConfig.ready`), and the plans template draws the slot through core: `{% slot "plans.task_detail" item %}`
(`trithuc` tag library). A slot no app filled draws nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# (the request, or None outside one; the object the page shows) -> the part's template context, None to skip it.
SlotContext = Callable[[Any, Any], "dict[str, Any] | None"]


@dataclass(frozen=True)
class SlotPart:
    name: str
    template: str
    context: SlotContext
    order: int


_SLOTS: dict[str, dict[str, SlotPart]] = {}


def slot_register(slot: str, *, name: str, template: str, context: SlotContext, order: int = 100) -> None:
    """Adds (or replaces, by `name`) a part of `slot`; parts are drawn by `order`, then name."""
    _SLOTS.setdefault(slot, {})[name] = SlotPart(name=name, template=template, context=context, order=order)


def slot_parts(slot: str) -> list[SlotPart]:
    return sorted(_SLOTS.get(slot, {}).values(), key=lambda part: (part.order, part.name))
