"""drift-acknowledged.yaml: breaking changes a maintainer has looked at and accepted, each with a reason.

    - kind: property-removed
      where: "#/components/schemas/Contact/properties/note"
      reason: GetResponse dropped the field; nobody reads it (issue #12)

An entry matches a change of exactly that kind at exactly that place (copy both from report.json), or, with
`kind: group`, every change of one root cause (`where`: the group's `cause`, e.g. `path parameter customFieldId →
fieldId`). Acknowledged changes stay in the report, marked, but no longer fail the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.drift.changes import Change
from pipeline.errors import PipelineError

GROUP = "group"  # the kind of an entry that acknowledges a whole root cause


class AcknowledgementError(PipelineError):
    """drift-acknowledged.yaml is not a list of {kind, where, reason}."""


@dataclass(frozen=True)
class Acknowledgement:
    kind: str
    where: str
    reason: str


def load_acknowledgements(path: Path) -> list[Acknowledgement]:
    """A missing file acknowledges nothing; a malformed one is an error, never silently ignored."""
    if not path.exists():
        return []
    try:
        entries = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise AcknowledgementError(f"{path.name}: cannot read: {exc}") from exc
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise AcknowledgementError(f"{path.name}: must be a list of {{kind, where, reason}}")
    found = []
    for number, entry in enumerate(entries, start=1):
        fields = entry if isinstance(entry, dict) else {}
        values = {name: fields.get(name) for name in ("kind", "where", "reason")}
        missing = [name for name, value in values.items() if not isinstance(value, str) or not value.strip()]
        if missing:
            raise AcknowledgementError(f"{path.name}: entry #{number} needs a non-empty {', '.join(missing)}")
        found.append(Acknowledgement(**{name: str(value).strip() for name, value in values.items()}))
    return found


def apply_acknowledgements(
    changes: list[Change], acknowledgements: list[Acknowledgement]
) -> tuple[list[Change], list[Acknowledgement]]:
    """Mark the acknowledged changes; also return the entries that matched nothing (left over, to prune)."""
    reasons = {(ack.kind, ack.where): ack.reason for ack in acknowledgements}
    marked, used = [], set()
    for change in changes:
        group_key = (GROUP, change.cause) if change.breaking else None  # a group acknowledges what breaks
        for key in (change.key, group_key):
            if key in reasons:
                marked.append(change.acknowledge(reasons[key]))
                used.add(key)
                break
        else:
            marked.append(change)
    unused = [ack for ack in acknowledgements if (ack.kind, ack.where) not in used]
    return marked, unused
