"""Root of the generated callback event models (pipeline/callback_models.py names it as their base class).

The parser finds the event classes through this base: every subclass whose ``action`` is one literal value is
the model of that action. So the runtime needs no import of the generated models; importing them (as
``getresponse_client.callbacks`` does) is what makes their actions parseable.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class EventBase:
    """What every event keeps besides its schema fields."""

    extra: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Parameters the event carried that its schema does not name, by their wire name, as received."""
    event_id: str | None = field(default=None, compare=False)
    """The spool's id of this delivery (None without a spool): the same on every retry and after a crash, so a
    handler can recognise an event it has already handled."""


def event_models() -> dict[str, type[EventBase]]:
    """action -> event class, for every loaded subclass of EventBase with a single literal ``action``.

    Breadth first, so a generated event class wins over a subclass a user derives from it; a class whose
    annotations cannot be resolved is skipped (it cannot be built from parameters anyway).
    """
    found: dict[str, type[EventBase]] = {}
    pending = list(EventBase.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        try:
            action = typing.get_type_hints(model).get("action")
        except (NameError, TypeError):
            continue
        values = typing.get_args(action) if typing.get_origin(action) is typing.Literal else ()
        if len(values) == 1:
            found.setdefault(str(values[0]), model)
    return found


def subclass_count() -> int:
    """How many EventBase subclasses are loaded (the parser looks again only when this changed)."""
    count, pending = 0, list(EventBase.__subclasses__())
    while pending:
        model = pending.pop()
        count += 1
        pending.extend(model.__subclasses__())
    return count
