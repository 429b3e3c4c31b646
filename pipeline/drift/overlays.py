"""Which overlay actions the new spec leaves stale, all of them (not only the first, as `apply_overlays` stops).

Each action's target is evaluated on its own with jsonpath_rfc9535, the library overlay.py applies them
with, on the document as the earlier actions left it: an action that matches is applied (so a later action
that targets what an earlier one added is judged fairly), one that matches nothing is recorded and skipped.
The result is also the leniently overlaid document that the regenerated NEW package is built from.

A stale action is linked to the spec change that broke it: the deepest change at or above the node its target
named (a removed operation, schema or property, a renamed schema). Where NEW has that node elsewhere (the
schema under its new name, the property moved one level down), the report names the target to use instead.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.drift.documents import OPERATION_WHERE, readable_where
from pipeline.drift.groups import spec_cause
from pipeline.errors import OverlayError
from pipeline.overlay import apply_action, load_overlay
from pipeline.spec_model import unescape, wire_path


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


# The simple steps of an RFC 9535 path: .name, ['name'], [0]. A filter or wildcard ends what can be followed.
PATH_STEP = re.compile(r"\.(?P<name>[A-Za-z_$][\w$-]*)|\['(?P<quoted>(?:[^'\\]|\\.)*)'\]|\[(?P<index>\d+)\]")
MAX_SEARCH_DEPTH = 6


def target_steps(target: str) -> list[str | int]:
    """`$.paths['/contacts'].post` -> ["paths", "/contacts", "post"], up to the first step that is not simple."""
    steps: list[str | int] = []
    position = 1 if target.startswith("$") else 0
    while match := PATH_STEP.match(target, position):
        if match["index"] is not None:
            steps.append(int(match["index"]))
        else:
            steps.append(match["name"] if match["name"] is not None else match["quoted"].replace("\\'", "'"))
        position = match.end()
    return steps


def jsonpath(steps: list[str | int]) -> str:
    parts = ["$"]
    for step in steps:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif re.fullmatch(r"[A-Za-z_][\w]*", step):
            parts.append(f".{step}")
        else:
            parts.append("['" + step.replace("'", "\\'") + "']")
    return "".join(parts)


def _steps_of(change: Change) -> list[str | int]:
    if change.where.startswith("#/"):
        return [unescape(token) for token in change.where[2:].split("/")]
    if operation := OPERATION_WHERE.match(change.where):
        return ["paths", operation["path"], operation["method"].lower()]
    return []


def _wire(steps: list[str | int]) -> list[str | int]:
    return [wire_path(step) if isinstance(step, str) else step for step in steps]


def breaking_change(target: list[str | int], changes: list[Change]) -> Change | None:
    """The deepest spec change at or above the target's node (paths compared with parameter names aside)."""
    found = None
    for change in changes:
        steps = _steps_of(change)
        deeper = found is None or len(steps) > len(_steps_of(found))
        if steps and deeper and _wire(target[: len(steps)]) == _wire(steps):
            found = change
        renamed_from = change.detail.removeprefix("renamed from ").split(" ")[0]
        if change.kind == "schema-renamed" and target[:3] == ["components", "schemas", renamed_from]:
            return change
    return found


def _node(document: Any, steps: list[str | int]) -> tuple[Any, int]:
    """The deepest node of `steps` that exists, and how many steps reached it."""
    node = document
    for depth, step in enumerate(steps):
        in_object = isinstance(node, dict) and isinstance(step, str) and step in node
        in_array = isinstance(node, list) and isinstance(step, int) and step < len(node)
        if in_object or in_array:
            node = node[step]
        else:
            return node, depth
    return node, len(steps)


def _descendants(node: Any, depth: int = 0) -> Iterator[list[str | int]]:
    if depth >= MAX_SEARCH_DEPTH:
        return
    items: list[tuple[str | int, Any]] = []
    if isinstance(node, dict):
        items = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    for key, child in items:
        yield [key]
        for below in _descendants(child, depth + 1):
            yield [key, *below]


def suggested_target(target: list[str | int], cause: Change | None, new_document: dict[str, Any]) -> str | None:
    """Where NEW has the node the target named: under a schema's new name, or the one descendant of the deepest
    surviving ancestor that ends with the same step(s)."""
    if cause is not None and cause.kind == "schema-renamed":
        moved = [*target[:2], cause.where.rsplit("/", 1)[-1], *target[3:]]
        return jsonpath(moved) if _node(new_document, moved)[1] == len(moved) else None
    ancestor, depth = _node(new_document, target)
    tail = target[depth:]
    if not tail or depth < 2:
        return None  # the whole target exists (it failed otherwise), or nothing specific survives
    wanted = tail[-2:] if len(tail) >= 2 else tail
    found = [path for path in _descendants(ancestor) if path[-len(wanted) :] == wanted]
    return jsonpath([*target[:depth], *found[0]]) if len(found) == 1 else None


def stale_overlay_changes(
    old: OverlayEvaluation,
    new: OverlayEvaluation,
    spec_changes: list[Change] | None = None,
    new_document: dict[str, Any] | None = None,
) -> list[Change]:
    """Actions that worked on OLD and fail on NEW, each with the spec change that broke it and, where NEW has the
    node elsewhere, the target to use; ones already failing on OLD are not drift (see notes)."""
    already = {(action.overlay, action.index) for action in old.stale}
    found = []
    for action in new.stale:
        if (action.overlay, action.index) in already:
            continue
        detail = f"{action.description}: {action.reason} in NEW"
        steps = target_steps(action.target)
        cause = breaking_change(steps, spec_changes or [])
        if cause is not None:
            detail += f"; broken by {cause.kind} at {readable_where(cause.where)} ({cause.detail})"
        suggestion = suggested_target(steps, cause, new_document) if new_document is not None else None
        if suggestion:
            detail += f"; target it now as {suggestion}"
        change = classified("overlay-action-stale", action.where, detail)
        found.append(change.caused_by(spec_cause(cause)) if cause is not None else change)
    return found


def already_stale_notes(old: OverlayEvaluation) -> list[str]:
    return [f"{action.where} already fails on OLD ({action.reason}); not counted as drift" for action in old.stale]
