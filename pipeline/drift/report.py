"""The drift report: report.json for machines, report.md for people (and GitHub's job summary).

report.json has exactly this shape; an acknowledged change says so at the end of its `detail`:

    {"old": {"version", "sha256"}, "new": {"version", "sha256"},
     "changes": [{"kind", "where", "breaking", "detail"}], "summary": {"breaking": n, "non_breaking": n}}

Changes are ordered breaking first, then by place, kind and detail, so two runs on the same input are
byte-identical and a diff between two reports shows only what moved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.drift.acknowledgements import Acknowledgement
from pipeline.drift.changes import Change
from pipeline.files import write_bytes_atomic

MAX_TABLE_ROWS = 300  # GitHub job summaries are capped at 1 MiB; the JSON always has every change
ACK_FILE_NAME = "drift-acknowledged.yaml"


@dataclass(frozen=True)
class SpecIdentity:
    version: str
    sha256: str
    source: str


@dataclass(frozen=True)
class DriftReport:
    old: SpecIdentity
    new: SpecIdentity
    changes: list[Change]
    notes: list[str] = field(default_factory=list)
    unused_acknowledgements: list[Acknowledgement] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def non_breaking(self) -> list[Change]:
        return [change for change in self.changes if not change.breaking]

    @property
    def unacknowledged(self) -> list[Change]:
        """What fails the run: breaking and not listed in drift-acknowledged.yaml."""
        return [change for change in self.breaking if change.acknowledged is None]


def report_json(report: DriftReport) -> dict[str, object]:
    return {
        "old": {"version": report.old.version, "sha256": report.old.sha256},
        "new": {"version": report.new.version, "sha256": report.new.sha256},
        "changes": [change.as_json() for change in report.changes],
        "summary": {"breaking": len(report.breaking), "non_breaking": len(report.non_breaking)},
    }


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    return f"`{_cell(text)}`" if "`" not in text else _cell(text)


def _table(header: list[str], rows: list[list[str]], total: int) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows[:MAX_TABLE_ROWS]]
    if total > MAX_TABLE_ROWS:
        lines.append(f"\n…and {total - MAX_TABLE_ROWS} more, listed in report.json.")
    return lines


def _status(change: Change) -> str:
    return "**not acknowledged**" if change.acknowledged is None else f"acknowledged: {_cell(change.acknowledged)}"


def headline(report: DriftReport) -> str:
    acknowledged = len(report.breaking) - len(report.unacknowledged)
    breaking = f"**{len(report.breaking)} breaking**"
    if acknowledged:
        breaking += f" ({acknowledged} acknowledged)"
    return f"{breaking} · **{len(report.non_breaking)} non-breaking**"


def report_markdown(report: DriftReport) -> str:
    lines = [
        f"## GetResponse API drift: {_cell(report.old.version)} → {_cell(report.new.version)}",
        "",
        f"{headline(report)} · old sha256 `{report.old.sha256[:12]}` · new sha256 `{report.new.sha256[:12]}`",
        "",
    ]
    if not report.changes:
        lines.append("No changes: both documents describe the same API for this client.")
    elif report.unacknowledged:
        count = len(report.unacknowledged)
        lines.append(
            f"**{count} breaking change{'s' if count > 1 else ''} not acknowledged.** Adapt the client (overlays, "
            f"tests, release notes), then list each, with a reason, in `{ACK_FILE_NAME}`."
        )
    else:
        lines.append("Every breaking change is acknowledged.")
    if report.breaking:
        rows = [
            [
                _status(change),
                change.area,
                _code(change.kind),
                _code(change.where),
                _cell(change.detail),
            ]
            for change in report.breaking
        ]
        lines += ["", f"### Breaking changes ({len(rows)})", ""]
        lines += _table(["Status", "Area", "Kind", "Where", "Detail"], rows, len(rows))
    if report.non_breaking:
        rows = [[c.area, _code(c.kind), _code(c.where), _cell(c.detail)] for c in report.non_breaking]
        lines += ["", f"### Non-breaking changes ({len(rows)})", ""]
        lines += _table(["Area", "Kind", "Where", "Detail"], rows, len(rows))
    if report.unused_acknowledgements:
        lines += ["", f"### Acknowledgements that matched nothing ({len(report.unused_acknowledgements)})", ""]
        lines += [f"- {_code(ack.kind)} at {_code(ack.where)}" for ack in report.unused_acknowledgements]
    if report.notes:
        lines += ["", "### Notes", ""]
        lines += [f"- {_cell(note)}" for note in report.notes]
    lines += ["", f"<sub>old: {_cell(report.old.source)} · new: {_cell(report.new.source)}</sub>"]
    return "\n".join(lines) + "\n"


def write_reports(report: DriftReport, folder: Path) -> tuple[Path, Path]:
    markdown, data = folder / "report.md", folder / "report.json"
    write_bytes_atomic(markdown, report_markdown(report).encode())
    write_bytes_atomic(data, (json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n").encode())
    return markdown, data
