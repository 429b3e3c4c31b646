"""Which overlay actions the new spec leaves stale, all of them (not only the first, as `apply_overlays` stops).

Each action's target is evaluated on its own with jsonpath_rfc9535, the library overlay.py applies them
with, on the document as the earlier actions left it: an action that matches is applied (so a later action
that targets what an earlier one added is judged fairly), one that matches nothing is recorded and skipped.
The result is also the leniently overlaid document that the regenerated NEW package is built from.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.errors import OverlayError
from pipeline.overlay import apply_action, load_overlay


@dataclass(frozen=True)
class StaleAction:
    overlay: str  # file name: overlays apply in file-name order
    index: int  # 1-based, as overlay.py numbers actions in its errors
    target: str
    description: str
    reason: str

    @property
    def where(self) -> str:
        return f"{self.overlay} action #{self.index}: {self.target}"


@dataclass(frozen=True)
class OverlayEvaluation:
    document: dict[str, Any]  # the input with every action that matched applied
    stale: list[StaleAction]


def _why_stale(document: dict[str, Any], action: dict[str, Any]) -> str | None:
    try:
        matches = jsonpath_rfc9535.find(action["target"], document)
    except jsonpath_rfc9535.JSONPathError as exc:
        return f"invalid JSONPath: {exc}"
    return None if matches else "target matches nothing"


def evaluate_overlays(document: dict[str, Any], overlay_paths: list[Path]) -> OverlayEvaluation:
    result = copy.deepcopy(document)
    stale: list[StaleAction] = []
    for path in overlay_paths:
        overlay = load_overlay(path)  # a malformed overlay file is an error of the repo, not drift
        for index, action in enumerate(overlay["actions"], start=1):
            description = " ".join(str(action.get("description") or action["target"]).split())
            reason = _why_stale(result, action)
            if reason is None:
                try:
                    apply_action(result, action, f"{path.name} action #{index}")
                except OverlayError as exc:  # matched, but cannot be applied (e.g. the target changed type)
                    reason = str(exc)
            if reason is not None:
                stale.append(StaleAction(path.name, index, action["target"], description, reason))
    return OverlayEvaluation(result, stale)


def stale_overlay_changes(old: OverlayEvaluation, new: OverlayEvaluation) -> list[Change]:
    """Actions that worked on OLD and fail on NEW; ones already failing on OLD are not drift (see notes)."""
    already = {(action.overlay, action.index) for action in old.stale}
    return [
        classified("overlay-action-stale", action.where, f"{action.description}: {action.reason} in NEW")
        for action in new.stale
        if (action.overlay, action.index) not in already
    ]


def already_stale_notes(old: OverlayEvaluation) -> list[str]:
    return [f"{action.where} already fails on OLD ({action.reason}); not counted as drift" for action in old.stale]
