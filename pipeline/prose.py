"""Step 3: cut the spec's long prose before generation.

Committed code carries summaries, parameters and types; an operation's long description is replaced
by a link to GetResponse's official reference, and every other description keeps its first sentence.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from pipeline.spec_model import UPDATE_EXTENSION, operations

REFERENCE_URL = "https://apireference.getresponse.com/#operation/{operation_id}"
MAX_DESCRIPTION = 160
_MARKUP = re.compile(r"<[^>]+>|\[([^\]]*)\]\([^)]*\)|[*`]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text: str) -> str:
    plain = _MARKUP.sub(lambda m: m.group(1) or "", text).strip()
    line = plain.splitlines()[0].strip() if plain else ""
    sentence = _SENTENCE_END.split(line, maxsplit=1)[0]
    if len(sentence) > MAX_DESCRIPTION:
        sentence = sentence[: MAX_DESCRIPTION - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def _shorten(node: Any, *, in_property_map: bool = False) -> Any:
    if isinstance(node, list):
        return [_shorten(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "description" and isinstance(value, str) and not in_property_map:
            result[key] = first_sentence(value)
        elif key in ("example", "examples", "default", "enum"):
            result[key] = value  # data, not prose
        else:
            result[key] = _shorten(value, in_property_map=key == "properties")
    return result


def update_note(operation: dict[str, Any]) -> str:
    """The partial-update semantics marked by overlays/20-post-for-update.yaml, in one paragraph."""
    update = operation.get(UPDATE_EXTENSION)
    if not update:
        return ""
    note = "Partial update: only the fields you set are sent and the others keep their values. Not idempotent."
    if update.get("replaces"):
        note += " " + ", ".join(update["replaces"]) + " are replaced as a whole, not merged."
    return note + "\n\n"


def strip_prose(document: dict[str, Any], upstream_ids: dict[tuple[str, str], str]) -> dict[str, Any]:
    """`upstream_ids` maps (METHOD, path) to GetResponse's own operationId, which the reference
    anchors use even where an overlay renamed the operation for the Python surface."""
    trimmed: dict[str, Any] = _shorten(copy.deepcopy(document))
    for operation in operations(trimmed):
        anchor = upstream_ids.get((operation.method, operation.path), operation.operation_id)
        operation.raw["description"] = (
            update_note(operation.raw) + f"Reference: {REFERENCE_URL.format(operation_id=anchor)}"
        )
    info = trimmed.get("info", {})
    info["description"] = first_sentence(info.get("description", ""))
    return trimmed
