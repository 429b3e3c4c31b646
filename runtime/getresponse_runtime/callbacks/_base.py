"""Root of the generated callback event models (pipeline/callback_models.py names it as their base class)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class EventBase:
    """What every event keeps besides its schema fields."""

    extra: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Parameters the event carried that its schema does not name, by their wire name, as received."""
